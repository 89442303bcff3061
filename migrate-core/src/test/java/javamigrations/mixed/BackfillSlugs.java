package javamigrations.mixed;

import dev.migrate.JavaMigration;
import dev.migrate.Revision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

/** A data migration between two SQL revisions: slugs computed in Java, written in one batch. */
@Revision(id = "j2", revises = "j1", message = "Backfill slugs", createDate = "2026-11-21 10:02:00")
public class BackfillSlugs implements JavaMigration {

    @Override
    public void upgrade(Connection connection) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, title FROM books ORDER BY id");
             PreparedStatement update = connection.prepareStatement("UPDATE books SET slug = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                update.setString(1, rows.getString(2).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
                update.setInt(2, rows.getInt(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    @Override
    public void downgrade(Connection connection) throws Exception {
        try (PreparedStatement clear = connection.prepareStatement("UPDATE books SET slug = NULL")) {
            clear.executeUpdate();
        }
    }
}
