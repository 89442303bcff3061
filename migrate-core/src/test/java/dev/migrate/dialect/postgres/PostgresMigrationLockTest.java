package dev.migrate.dialect.postgres;

import dev.migrate.dialect.Dialect;
import dev.migrate.lock.MigrationLock;
import dev.migrate.lock.MigrationLockContract;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The lock suite on PostgreSQL: a session advisory lock keyed by the version table. */
@ExtendWith(PostgresExtension.class)
class PostgresMigrationLockTest extends MigrationLockContract {

    private PostgresDatabase database;

    @BeforeEach
    void emptyDatabase(PostgresDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Connection connect() throws SQLException {
        Connection connection = database.connect();
        try (Statement st = connection.createStatement()) {
            st.execute("SET application_name = 'migrate'");
        }
        return connection;
    }

    @Override
    protected Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    protected String defaultSchema() {
        return "public";
    }

    @Override
    protected String holderPattern() {
        return "pid \\d+ \\(application migrate, user \\w+, from [0-9.:a-f]+, connected since \\d{4}-\\d\\d-\\d\\d "
                + "\\d\\d:\\d\\d:\\d\\dZ\\)";
    }

    /** As if the holder's process had died: the server ends its session. */
    @Override
    protected void kill(Connection holder) throws SQLException {
        int pid;
        try (Statement st = holder.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            pid = rs.getInt(1);
        }
        try (Connection admin = database.connect(); Statement st = admin.createStatement()) {
            st.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }

    @Test
    void theKeyDependsOnSchemaAndTableOnly() {
        assertThat(PostgresAdvisoryLock.keyOf("public", "migrate_version"))
                .isEqualTo(PostgresAdvisoryLock.keyOf("public", "migrate_version"))
                .isNotEqualTo(PostgresAdvisoryLock.keyOf("app", "migrate_version"))
                .isNotEqualTo(PostgresAdvisoryLock.keyOf("public", "migrate_versions"));
        assertThat(lock().description()).isEqualTo("PostgreSQL advisory lock "
                + PostgresAdvisoryLock.keyOf("public", "migrate_version") + " on public.migrate_version");
    }

    @Test
    void itIsASessionLockThatOutlivesTransactions() throws SQLException {
        Connection holder = connect();
        try (MigrationLock.Lease held = lock().acquire(holder, Duration.ZERO, QUICK, (h, w) -> { });
             Connection observer = connect(); Statement st = observer.createStatement()) {
            // Only this test's database: other builds may hold advisory locks on the same server meanwhile.
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' "
                    + "AND granted AND pid <> pg_backend_pid() AND database = (SELECT oid FROM pg_database "
                    + "WHERE datname = current_database())")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            try (Statement onHolder = holder.createStatement()) {
                assertThat(holder.getAutoCommit()).isTrue();
                holder.setAutoCommit(false);
                onHolder.execute("SELECT 1");
                holder.rollback();
                holder.setAutoCommit(true);
            }
            assertThat(lock().holder(observer)).isPresent();
        }
    }
}
