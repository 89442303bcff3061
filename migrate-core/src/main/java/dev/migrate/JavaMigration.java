package dev.migrate;

import java.sql.Connection;

/**
 * A revision written in Java, for data migrations that SQL cannot express comfortably. The class is annotated with
 * its header ({@link Revision}) and sits in the same graph as the SQL files: it revises them, they revise it.
 *
 * <pre>{@code
 * @Revision(id = "7c1e2a9b0d4f", revises = "3f2a9c1d7b4e", message = "Backfill slugs")
 * public class BackfillSlugs implements JavaMigration {
 *     @Override
 *     public void upgrade(Connection connection) throws SQLException {
 *         try (PreparedStatement select = connection.prepareStatement("SELECT id, title FROM books");
 *              PreparedStatement update = connection.prepareStatement("UPDATE books SET slug = ? WHERE id = ?")) {
 *             ...
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>migrate gives the method the connection it migrates with, inside the revision's transaction (unless
 * {@link Revision#transactional()} is false): do not commit, roll back or close it. The class needs a public
 * constructor without parameters; a new instance runs each time.
 *
 * <p>A class that does not override {@link #downgrade} cannot be undone, like a SQL file without a downgrade section.
 */
public interface JavaMigration {

    /** Moves the database forward. */
    void upgrade(Connection connection) throws Exception;

    /** Undoes {@link #upgrade}. Not overriding it makes the revision irreversible. */
    default void downgrade(Connection connection) throws Exception {
        throw new UnsupportedOperationException(getClass().getName() + " cannot be undone: it has no downgrade");
    }

    /**
     * What the journal records as this revision's checksum, to notice an edit after it was applied. By default,
     * {@code null}: migrate then takes SHA-256 of the class file's bytes, so recompiling an unchanged source with
     * another compiler or other debug settings counts as an edit too (run {@code migrate:repair} to accept it).
     * Return a value of your own (say {@code "v2"}) to decide yourself what counts as an edit.
     */
    default String checksum() {
        return null;
    }
}
