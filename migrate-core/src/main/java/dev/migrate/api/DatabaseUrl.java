package dev.migrate.api;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A database URL as users write it, turned into a JDBC URL plus the credentials it carried. Accepts JDBC URLs
 * as they are, and {@code postgres://user:pass@host:port/db?sslmode=require} / {@code postgresql://} URIs (the form
 * of {@code DATABASE_URL} on most platforms), and {@code mariadb://} / {@code mysql://} URIs in the same form (they
 * become {@code jdbc:mariadb://} and {@code jdbc:mysql://} URLs).
 *
 * @param jdbcUrl  the JDBC URL, without credentials
 * @param user     the user from the URI's user info, or null
 * @param password the password from the URI's user info, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    /**
     * Parses {@code url}; {@code setting} names where it came from, for the error message.
     *
     * @throws MigrateException (CONFIGURATION) for anything that is neither a JDBC URL nor a PostgreSQL URI
     */
    public static DatabaseUrl parse(String url, String setting) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return new DatabaseUrl(trimmed, null, null);
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return fromUri(trimmed, "jdbc:postgresql://", setting);
        }
        if (lower.startsWith("mariadb://") || lower.startsWith("mysql://")) {
            return fromUri(trimmed, "jdbc:" + lower.substring(0, lower.indexOf(':')) + "://", setting);
        }
        throw new MigrateException(ErrorKind.CONFIGURATION, setting + " = " + Secrets.maskUrl(trimmed)
                + " is not a database URL migrate understands; use a JDBC URL (jdbc:postgresql://host/db, "
                + "jdbc:mariadb://host/db, jdbc:h2:file:./db) or postgres://user:password@host:port/db "
                + "(also mariadb://, mysql://)");
    }

    private static DatabaseUrl fromUri(String uri, String jdbcPrefix, String setting) {
        String rest = uri.substring(uri.indexOf("://") + 3);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String authority = rest;
        String database = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            authority = rest.substring(0, slash);
            database = rest.substring(slash + 1);
        }
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon >= 0 ? userInfo.substring(0, colon) : userInfo, setting);
            password = colon >= 0 ? decode(userInfo.substring(colon + 1), setting) : null;
            if (user.isEmpty()) {
                user = null;
            }
        }
        if (authority.isEmpty()) {
            authority = "localhost";
        }
        List<String> parameters = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            // libpq spells the application name differently from the JDBC driver.
            parameters.add(jdbcPrefix.startsWith("jdbc:postgresql:") && parameter.startsWith("application_name=")
                    ? "ApplicationName=" + parameter.substring("application_name=".length()) : parameter);
        }
        String jdbc = jdbcPrefix + authority + "/" + decode(database, setting)
                + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
        return new DatabaseUrl(jdbc, user, password);
    }

    private static String decode(String text, String setting) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, setting
                    + " has a malformed %-escape; percent-encode special characters in the user and password");
        }
    }
}
