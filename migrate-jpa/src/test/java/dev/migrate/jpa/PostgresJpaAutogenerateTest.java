package dev.migrate.jpa;

import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

@ExtendWith(PostgresExtension.class)
class PostgresJpaAutogenerateTest extends JpaAutogenerateContract {

    private PostgresDatabase db;

    @BeforeEach
    void cleanSlate(PostgresDatabase db) throws SQLException {
        this.db = db;
        db.reset();
    }

    @Override
    TestDatabase database() {
        return db;
    }
}
