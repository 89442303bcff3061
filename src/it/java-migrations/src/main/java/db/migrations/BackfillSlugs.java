package db.migrations;

import dev.migrate.JavaMigration;
import dev.migrate.Revision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Locale;

/** Slugs computed in Java, between the SQL revision that adds the column and the one that requires it. */
@Revision(id = "jm2", revises = "jm1", message = "Backfill slugs", createDate = "2026-11-21 10:02:00")
public class BackfillSlugs implements JavaMigration {

    @Override
    public void upgrade(Connection connection) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, title FROM books");
             PreparedStatement update = connection.prepareStatement("UPDATE books SET slug = ? WHERE id = ?");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                update.setString(1, rows.getString(2).toLowerCase(Locale.ROOT).replace(' ', '-'));
                update.setInt(2, rows.getInt(1));
                update.executeUpdate();
            }
        }
    }

    @Override
    public void downgrade(Connection connection) throws Exception {
        try (PreparedStatement clear = connection.prepareStatement("UPDATE books SET slug = NULL")) {
            clear.executeUpdate();
        }
    }
}
