package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.Dialect;
import dev.migrate.lock.LockTimeoutException;
import dev.migrate.lock.MigrationLock;
import dev.migrate.lock.MigrationLockContract;
import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lock contract on MariaDB's named locks ({@code GET_LOCK}). */
@ExtendWith(MariaDbExtension.class)
class MariaDbMigrationLockTest extends MigrationLockContract {

    private MariaDbDatabase database;

    @BeforeEach
    void emptyDatabase(MariaDbDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    protected Dialect dialect() {
        return new MariaDbDialect();
    }

    @Override
    protected String defaultSchema() {
        return database.name();
    }

    @Override
    protected String holderPattern() {
        return "connection \\d+ \\(user \\w+, from [^,)]+\\)";
    }

    /** As if the holder's process had died: the server ends its connection. */
    @Override
    protected void kill(Connection holder) throws SQLException {
        long id;
        try (Statement st = holder.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
            rs.next();
            id = rs.getLong(1);
        }
        try (Connection admin = database.connect(); Statement st = admin.createStatement()) {
            st.execute("KILL " + id);
        }
    }

    @Test
    void theNameDependsOnDatabaseAndTableOnlyAndFitsTheServersLimit() {
        assertThat(MariaDbNamedLock.nameOf("shop", "migrate_version"))
                .isEqualTo(MariaDbNamedLock.nameOf("shop", "migrate_version"))
                .isNotEqualTo(MariaDbNamedLock.nameOf("app", "migrate_version"))
                .isNotEqualTo(MariaDbNamedLock.nameOf("shop", "migrate_versions"))
                .hasSizeLessThanOrEqualTo(64);
    }

    @Test
    void itIsASessionLockThatDdlOnItsConnectionDoesNotRelease() throws SQLException {
        Connection holder = connect();
        try (MigrationLock.Lease held = lock().acquire(holder, Duration.ZERO, QUICK, (h, w) -> { });
             Statement onHolder = holder.createStatement()) {
            onHolder.execute("CREATE TABLE lock_probe (id INTEGER)");
            onHolder.execute("DROP TABLE lock_probe");

            assertThatThrownBy(() -> lock().acquire(connect(), Duration.ofMillis(200), QUICK, (h, w) -> { }))
                    .isInstanceOf(LockTimeoutException.class);
        }
    }
}
