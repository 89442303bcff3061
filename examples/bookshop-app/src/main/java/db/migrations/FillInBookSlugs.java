package db.migrations;

import dev.migrate.JavaMigration;
import dev.migrate.Revision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Gives every book a URL slug made from its title ({@code Going Postal; a Discworld novel} becomes
 * {@code going-postal-a-discworld-novel}). A Java migration because SQL has no portable way to strip accents and
 * punctuation the same way on H2 and PostgreSQL.
 */
@Revision(id = "9e3b7c1dc926", revises = "891092c24729", message = "Fill in book slugs",
        createDate = "2026-11-21 09:30:00")
public class FillInBookSlugs implements JavaMigration {

    @Override
    public void upgrade(Connection connection) throws SQLException {
        Set<String> taken = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, title FROM books ORDER BY id");
             PreparedStatement update = connection.prepareStatement("UPDATE books SET slug = ? WHERE id = ?");
             ResultSet books = select.executeQuery()) {
            while (books.next()) {
                int id = books.getInt("id");
                String slug = slug(books.getString("title"));
                // Two books may share a title; the id keeps the slug unique for the index of the next revision.
                if (!taken.add(slug)) {
                    slug = slug + "-" + id;
                    taken.add(slug);
                }
                update.setString(1, slug);
                update.setInt(2, id);
                update.executeUpdate();
            }
        }
    }

    /** The column stays, and is dropped by the downgrade of the revision that added it. */
    @Override
    public void downgrade(Connection connection) throws SQLException {
        try (PreparedStatement clear = connection.prepareStatement("UPDATE books SET slug = NULL")) {
            clear.executeUpdate();
        }
    }

    /**
     * The application migrates at start from whatever jar the build produced; with the default checksum (the class
     * file's bytes) a build with another compiler would count as an edit and stop the start. Raise it when the upgrade
     * really changes.
     */
    @Override
    public String checksum() {
        return "1";
    }

    static String slug(String title) {
        String withoutAccents = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return withoutAccents.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
