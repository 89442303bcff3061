package dev.migrate.dialect.h2;

import dev.migrate.dialect.ShadowDatabase;
import dev.migrate.dialect.ShadowRequest;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An H2 shadow database. A created shadow is a private in-memory database, {@code jdbc:h2:mem:migrate_shadow_<12
 * hex digits>}, that lives as long as its holder connection: {@link #close()} shuts it down, which also ends any
 * connection still open on it. An attached shadow is an existing database (a file, a server) that was empty when
 * attached; {@link #reset()} and {@link #close()} empty it again with {@code DROP ALL OBJECTS}.
 *
 * <p>A created shadow keeps the configured URL's compatibility settings ({@link #CARRIED_SETTINGS}, e.g.
 * {@code MODE=PostgreSQL}), so schema files behave in it as in the real database.
 */
final class H2ShadowDatabase implements ShadowDatabase {

    /** URL settings that change how SQL is read, and so are given to a created shadow too. */
    static final Set<String> CARRIED_SETTINGS = Set.of("MODE", "DATABASE_TO_UPPER", "DATABASE_TO_LOWER",
            "CASE_INSENSITIVE_IDENTIFIERS", "IGNORECASE", "DEFAULT_NULL_ORDERING", "NON_KEYWORDS");

    /** Everything {@code DROP ALL OBJECTS} would drop, as (kind, name). */
    private static final String USER_OBJECTS = "SELECT 'schema' AS KIND, SCHEMA_NAME AS NAME "
            + "FROM INFORMATION_SCHEMA.SCHEMATA "
            + "WHERE UPPER(SCHEMA_NAME) NOT IN ('INFORMATION_SCHEMA', 'PG_CATALOG', 'PUBLIC') "
            + "UNION ALL SELECT CASE TABLE_TYPE WHEN 'BASE TABLE' THEN 'table' ELSE LOWER(TABLE_TYPE) END, "
            + "TABLE_SCHEMA || '.' || TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
            + "WHERE UPPER(TABLE_SCHEMA) NOT IN ('INFORMATION_SCHEMA', 'PG_CATALOG') "
            + "UNION ALL SELECT 'sequence', SEQUENCE_SCHEMA || '.' || SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES "
            + "UNION ALL SELECT LOWER(ROUTINE_TYPE), ROUTINE_SCHEMA || '.' || ROUTINE_NAME "
            + "FROM INFORMATION_SCHEMA.ROUTINES "
            + "UNION ALL SELECT 'domain', DOMAIN_SCHEMA || '.' || DOMAIN_NAME FROM INFORMATION_SCHEMA.DOMAINS "
            + "UNION ALL SELECT 'constant', CONSTANT_SCHEMA || '.' || CONSTANT_NAME FROM INFORMATION_SCHEMA.CONSTANTS "
            + "UNION ALL SELECT 'synonym', SYNONYM_SCHEMA || '.' || SYNONYM_NAME FROM INFORMATION_SCHEMA.SYNONYMS "
            + "UNION ALL SELECT 'user', USER_NAME FROM INFORMATION_SCHEMA.USERS WHERE USER_NAME <> CURRENT_USER "
            + "UNION ALL SELECT 'role', ROLE_NAME FROM INFORMATION_SCHEMA.ROLES WHERE UPPER(ROLE_NAME) <> 'PUBLIC' "
            + "ORDER BY 1, 2";
    private static final int LISTED_OBJECTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String url;
    private final ShadowRequest.ConnectionOpener opener;
    private final Connection holder;
    private final boolean attached;
    private boolean closed;

    private H2ShadowDatabase(String url, ShadowRequest.ConnectionOpener opener, Connection holder, boolean attached) {
        this.url = url;
        this.opener = opener;
        this.holder = holder;
        this.attached = attached;
    }

    /** A new private in-memory database, held open until {@link #close()}. */
    static H2ShadowDatabase create(ShadowRequest request) throws SQLException {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String url = "jdbc:h2:mem:migrate_shadow_" + HexFormat.of().formatHex(random)
                + carriedSettings(request.url());
        return new H2ShadowDatabase(url, request.opener(), request.opener().open(url), false);
    }

    /** The database at {@code request.url()}, which must hold nothing that {@code DROP ALL OBJECTS} would drop. */
    static H2ShadowDatabase attach(ShadowRequest request) throws SQLException {
        Connection holder = request.opener().open(request.url());
        try {
            List<String> objects = userObjects(holder);
            if (!objects.isEmpty()) {
                throw new SQLException("the shadow database " + request.url() + " is not empty: it holds "
                        + String.join(", ", objects.subList(0, Math.min(LISTED_OBJECTS, objects.size())))
                        + (objects.size() > LISTED_OBJECTS ? " and " + (objects.size() - LISTED_OBJECTS) + " more" : "")
                        + "; migrate empties its shadow database, so it only uses one that holds nothing"
                        + " (point the shadow URL at a new database, or leave it out to use one in memory)", "55000");
            }
            return new H2ShadowDatabase(request.url(), request.opener(), holder, true);
        } catch (SQLException | RuntimeException e) {
            holder.close();
            throw e;
        }
    }

    /** The {@code ;KEY=VALUE} settings of {@code url} that a created shadow keeps. */
    static String carriedSettings(String url) {
        StringBuilder kept = new StringBuilder();
        String[] parts = url == null ? new String[0] : url.split(";");
        for (int k = 1; k < parts.length; k++) {
            int equals = parts[k].indexOf('=');
            String key = equals < 0 ? "" : parts[k].substring(0, equals).strip().toUpperCase(Locale.ROOT);
            if (CARRIED_SETTINGS.contains(key)) {
                kept.append(';').append(parts[k].strip());
            }
        }
        return kept.toString();
    }

    private static List<String> userObjects(Connection connection) throws SQLException {
        List<String> objects = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(USER_OBJECTS)) {
            while (rs.next()) {
                objects.add(rs.getString("KIND") + " " + rs.getString("NAME"));
            }
        }
        return objects;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public Connection connect() throws SQLException {
        checkOpen();
        return opener.open(url);
    }

    @Override
    public void reset() throws SQLException {
        checkOpen();
        execute("DROP ALL OBJECTS");
    }

    @Override
    public void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            execute(attached ? "DROP ALL OBJECTS" : "SHUTDOWN");
        } finally {
            holder.close();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = holder.createStatement()) {
            statement.execute(sql);
        }
    }

    private void checkOpen() throws SQLException {
        if (closed) {
            throw new SQLException("the shadow database " + url + " is closed", "08003");
        }
    }
}
