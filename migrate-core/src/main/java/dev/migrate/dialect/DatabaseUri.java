package dev.migrate.dialect;

import java.util.List;

/**
 * A connection URI as hosting platforms hand it out ({@code DATABASE_URL}: {@code scheme://host:port/db?params}),
 * with its credentials already taken out and its parts decoded. A dialect whose {@link Dialect#uriSchemes()} lists
 * the scheme turns it into a JDBC URL ({@link Dialect#jdbcUrl(DatabaseUri)}).
 *
 * @param scheme     the scheme, lower case, e.g. {@code postgres}
 * @param authority  {@code host}, {@code host:port}, {@code [::1]:port} or several of them separated by commas;
 *                   {@code localhost} when the URI names none
 * @param database   the path after the authority, decoded; empty when there is none
 * @param parameters the query's {@code name=value} pairs in order, as written
 */
public record DatabaseUri(String scheme, String authority, String database, List<String> parameters) {

    public DatabaseUri {
        parameters = List.copyOf(parameters);
    }
}
