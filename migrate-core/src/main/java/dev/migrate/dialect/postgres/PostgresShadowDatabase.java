package dev.migrate.dialect.postgres;

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
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A shadow database on a PostgreSQL server: either one migrate created ({@code migrate_shadow_<12 hex>}, dropped
 * with {@code WITH (FORCE)} on close) or an empty one it was given (emptied on close). Until it is closed, a
 * shutdown hook closes it when the JVM stops (Ctrl-C included), so no shadow outlives the build that made it.
 */
final class PostgresShadowDatabase implements ShadowDatabase {

    private static final String PREFIX = "jdbc:postgresql:";
    private static final String INVALID_CATALOG_NAME = "3D000";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** User objects that make a database unfit to be attached as a shadow (kind, schema, name). */
    private static final String USER_OBJECTS = """
            SELECT kind, nspname, name FROM (
                SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
                                      WHEN 'f' THEN 'foreign table' ELSE 'table' END AS kind,
                       c.relnamespace AS namespace, c.relname::text AS name
                FROM pg_class c WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                UNION ALL
                SELECT 'type', t.typnamespace, t.typname::text FROM pg_type t
                WHERE t.typtype IN ('b', 'd', 'e', 'r', 'c')
                  AND (t.typtype <> 'c' OR (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')
                  AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
                UNION ALL
                SELECT 'function', p.pronamespace, p.proname::text FROM pg_proc p
            ) o JOIN pg_namespace n ON n.oid = o.namespace
            WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
            ORDER BY 2, 3, 1
            LIMIT 6
            """;

    /**
     * Empties the database: drops the extensions in user schemas, every user schema the connected role may drop
     * except public, and empties public and the others object by object. So public keeps its owner and privileges, and a role that does not own the
     * database (an attached shadow) can empty it of all it created.
     */
    private static final String EMPTY = """
            DO $$DECLARE s record; o record;
            BEGIN
                FOR o IN SELECT format('DROP EXTENSION IF EXISTS %I CASCADE', e.extname) AS sql
                         FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                         WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
                    EXECUTE o.sql;
                END LOOP;
                FOR s IN SELECT n.oid, n.nspname, pg_has_role(n.nspowner, 'USAGE') AS owned FROM pg_namespace n
                         WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema' LOOP
                    IF s.owned AND s.nspname <> 'public' THEN
                        EXECUTE format('DROP SCHEMA %I CASCADE', s.nspname);
                        CONTINUE;
                    END IF;
                    FOR o IN
                        SELECT format('DROP %s IF EXISTS %I.%I CASCADE', CASE c.relkind WHEN 'v' THEN 'VIEW'
                                      WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                                      WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, s.nspname, c.relname) AS sql
                        FROM pg_class c WHERE c.relnamespace = s.oid AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
                          -- an identity column's sequence goes with its table and cannot be dropped on its own
                          -- (a partitioned table depends on itself internally too: only sequences are skipped)
                          AND (c.relkind <> 'S' OR NOT EXISTS (SELECT 1 FROM pg_depend d
                                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                            AND d.deptype = 'i'))
                        UNION ALL
                        SELECT format('DROP ROUTINE IF EXISTS %I.%I(%s) CASCADE', s.nspname, p.proname,
                                      pg_get_function_identity_arguments(p.oid))
                        FROM pg_proc p WHERE p.pronamespace = s.oid
                          -- a range type's constructors go with the type
                          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                                          AND d.objid = p.oid AND d.deptype = 'i')
                        UNION ALL
                        SELECT format('DROP %s IF EXISTS %I.%I CASCADE',
                                      CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, s.nspname, t.typname)
                        FROM pg_type t WHERE t.typnamespace = s.oid AND t.typtype IN ('b', 'c', 'd', 'e', 'r')
                          AND (t.typtype <> 'c' OR (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')
                          AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
                    LOOP
                        EXECUTE o.sql;
                    END LOOP;
                END LOOP;
                CREATE SCHEMA IF NOT EXISTS public;
            END$$""";

    private final ShadowRequest request;
    private final String url;
    /** The database migrate created, or null when the shadow was attached. */
    private final String createdDatabase;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook;

    private PostgresShadowDatabase(ShadowRequest request, String url, String createdDatabase) {
        this.request = request;
        this.url = url;
        this.createdDatabase = createdDatabase;
        this.shutdownHook = new Thread(this::closeOnShutdown, "migrate-shadow-cleanup");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Creates {@code migrate_shadow_<12 hex>} on the server of {@code request.url()}. */
    static ShadowDatabase create(ShadowRequest request) throws SQLException {
        byte[] random = new byte[6];
        RANDOM.nextBytes(random);
        String database = "migrate_shadow_" + HexFormat.of().formatHex(random);
        try (Connection admin = connectToServer(request); Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        }
        return new PostgresShadowDatabase(request, withDatabase(request.url(), database), database);
    }

    /** Uses the database of {@code request.url()}, which must hold no user object. */
    static ShadowDatabase attach(ShadowRequest request) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = request.opener().open(request.url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(USER_OBJECTS)) {
            while (rows.next()) {
                found.add(rows.getString(1) + " " + rows.getString(2) + "." + rows.getString(3));
            }
        }
        if (!found.isEmpty()) {
            String listed = String.join(", ", found.subList(0, Math.min(5, found.size())))
                    + (found.size() > 5 ? ", ..." : "");
            throw new SQLException("the shadow database " + request.url() + " is not empty (" + listed + "); "
                    + "migrate empties a shadow database after use, so it only accepts an empty one: give it an "
                    + "empty database, or let it create its own shadow");
        }
        return new PostgresShadowDatabase(request, request.url(), null);
    }

    /** A connection to the configured database, or to {@code postgres} on that server when it does not exist yet. */
    private static Connection connectToServer(ShadowRequest request) throws SQLException {
        Connection connection;
        try {
            connection = request.opener().open(request.url());
        } catch (SQLException e) {
            if (!INVALID_CATALOG_NAME.equals(e.getSQLState())) {
                throw e;
            }
            connection = request.opener().open(withDatabase(request.url(), "postgres"));
        }
        connection.setAutoCommit(true);
        return connection;
    }

    /**
     * {@code url} with its database replaced by {@code database}: {@code jdbc:postgresql://h1:p1,h2:p2/db?x}
     * keeps hosts and parameters, a URL without a database gets one, {@code jdbc:postgresql:db} stays short.
     */
    static String withDatabase(String url, String database) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        String rest = url.substring(PREFIX.length());
        int question = rest.indexOf('?');
        String parameters = question < 0 ? "" : rest.substring(question);
        String location = question < 0 ? rest : rest.substring(0, question);
        if (!location.startsWith("//")) {
            return PREFIX + database + parameters;
        }
        int slash = location.indexOf('/', 2);
        String hosts = slash < 0 ? location : location.substring(0, slash);
        return PREFIX + hosts + "/" + database + parameters;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public Connection connect() throws SQLException {
        if (closed.get()) {
            throw new SQLException("the shadow database " + url + " is closed");
        }
        return request.opener().open(url);
    }

    @Override
    public void reset() throws SQLException {
        if (closed.get()) {
            throw new SQLException("the shadow database " + url + " is closed");
        }
        empty();
    }

    private void empty() throws SQLException {
        try (Connection connection = request.opener().open(url); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute(EMPTY);
        }
    }

    @Override
    public void close() throws SQLException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it finds the shadow closed
            }
        }
        if (createdDatabase == null) {
            empty();
        } else {
            try (Connection admin = connectToServer(request); Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + createdDatabase + " WITH (FORCE)");
            }
        }
    }

    /** The hook that closes this shadow when the JVM stops first (for tests). */
    Thread shutdownHook() {
        return shutdownHook;
    }

    private void closeOnShutdown() {
        try {
            close();
        } catch (SQLException e) {
            System.err.println("migrate: could not remove the shadow database " + url + ": " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL shadow " + url;
    }
}
