package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.h2.H2Dialect;
import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import java.nio.file.Path;
import java.sql.SQLException;

/** The release suite on H2; scripts run through H2's own {@code RUNSCRIPT}. */
class H2ReleaseTest extends ReleaseContract {

    private final H2Memory online = new H2Memory("release_online");
    private final H2Memory offline = new H2Memory("release_offline");

    @AfterEach
    void dropDatabases() throws SQLException {
        online.close();
        offline.close();
    }

    @Override
    TestDatabase online() {
        return online;
    }

    @Override
    TestDatabase offline() {
        return offline;
    }

    @Override
    Dialect dialect() {
        return new H2Dialect();
    }

    @Override
    void runScript(TestDatabase database, Path script) throws SQLException {
        database.execute("RUNSCRIPT FROM '" + script.toAbsolutePath().toString().replace("'", "''") + "'");
    }

    @Override
    String unreachableUrl() {
        return "jdbc:h2:tcp://127.0.0.1:1/nowhere";
    }
}
