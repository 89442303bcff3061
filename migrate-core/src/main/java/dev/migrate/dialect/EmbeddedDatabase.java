package dev.migrate.dialect;

/**
 * A database that runs inside the migrate process and needs no server: what a project uses before it configures
 * one (see {@link Dialect#embeddedDatabase(java.nio.file.Path)}).
 *
 * @param jdbcUrl  the JDBC URL of the database file
 * @param user     the user it is created with
 * @param password the password it is created with
 */
public record EmbeddedDatabase(String jdbcUrl, String user, String password) {
}
