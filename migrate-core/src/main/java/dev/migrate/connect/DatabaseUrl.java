package dev.migrate.connect;

import dev.migrate.dialect.DatabaseUri;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectRegistry;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A database URL as users write it, turned into a JDBC URL plus the credentials it carried. Accepts JDBC URLs as
 * they are, and the connection URIs a dialect declares ({@link Dialect#uriSchemes()}: {@code postgres://user:pass@
 * host:port/db?sslmode=require} is the form of {@code DATABASE_URL} on most platforms), which that dialect turns into
 * a JDBC URL once the user and password are taken out here.
 *
 * @param jdbcUrl  the JDBC URL, without credentials
 * @param user     the user from the URI's user info, or null
 * @param password the password from the URI's user info, or null
 */
public record DatabaseUrl(String jdbcUrl, String user, String password) {

    /** As {@link #parse(String, String, DialectRegistry)} with the dialects on migrate's own class path. */
    public static DatabaseUrl parse(String url, String setting) {
        return parse(url, setting, BuiltIn.DIALECTS);
    }

    /**
     * Parses {@code url}; {@code setting} names where it came from, for the error message.
     *
     * @throws ConnectionException (CONFIGURATION) for anything that is neither a JDBC URL nor a URI of a dialect
     */
    public static DatabaseUrl parse(String url, String setting, DialectRegistry dialects) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:")) {
            return new DatabaseUrl(trimmed, null, null);
        }
        int schemeEnd = lower.indexOf("://");
        Optional<Dialect> dialect = schemeEnd <= 0 ? Optional.empty()
                : dialects.forUriScheme(lower.substring(0, schemeEnd));
        if (dialect.isEmpty()) {
            throw new ConnectionException(ConnectionException.Problem.CONFIGURATION, setting + " = "
                    + Secrets.maskUrl(trimmed) + " is not a database URL migrate understands; " + forms(dialects));
        }
        return fromUri(lower.substring(0, schemeEnd), trimmed.substring(schemeEnd + 3), dialect.get(), setting);
    }

    /** {@code use a JDBC URL (jdbc:postgresql://host/db, jdbc:h2:file:./db) or postgres://user:password@...}. */
    private static String forms(DialectRegistry dialects) {
        List<String> uris = dialects.all().stream().filter(d -> !d.uriSchemes().isEmpty())
                .map(d -> d.uriSchemes().get(0) + "://user:password@host:port/db").toList();
        return "use a JDBC URL (" + String.join(", ", dialects.all().stream().map(Dialect::exampleUrl).toList()) + ")"
                + (uris.isEmpty() ? "" : " or " + String.join(" or ", uris));
    }

    /** Takes {@code user:password@} out of {@code rest} (what follows {@code scheme://}) and hands the rest on. */
    private static DatabaseUrl fromUri(String scheme, String rest, Dialect dialect, String setting) {
        List<String> parameters = new ArrayList<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            for (String parameter : rest.substring(q + 1).split("&")) {
                if (!parameter.isEmpty()) {
                    parameters.add(parameter);
                }
            }
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
        String jdbc = dialect.jdbcUrl(new DatabaseUri(scheme, authority, decode(database, setting), parameters));
        return new DatabaseUrl(jdbc, user, password);
    }

    private static String decode(String text, String setting) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ConnectionException(ConnectionException.Problem.CONFIGURATION, setting
                    + " has a malformed %-escape; percent-encode special characters in the user and password");
        }
    }

    /** The dialects on migrate's own class path, loaded once. */
    private static final class BuiltIn {
        static final DialectRegistry DIALECTS = DialectRegistry.load(null);
    }
}
