package javamigrations.failing;

import dev.migrate.JavaMigration;
import dev.migrate.Revision;

import java.sql.Connection;
import java.sql.Statement;

/** Changes a row, then fails: the transaction must take the change back. */
@Revision(id = "f2", revises = "j1", message = "Broken backfill")
public class BrokenBackfill implements JavaMigration {

    @Override
    public void upgrade(Connection connection) throws Exception {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE books SET slug = 'changed' WHERE id = 1");
        }
        throw new IllegalStateException("no slug for 'Small Gods'");
    }
}
