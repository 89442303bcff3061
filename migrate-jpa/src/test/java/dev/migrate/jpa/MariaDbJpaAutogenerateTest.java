package dev.migrate.jpa;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.SQLException;

@ExtendWith(MariaDbExtension.class)
class MariaDbJpaAutogenerateTest extends JpaAutogenerateContract {

    private MariaDbDatabase db;

    @BeforeEach
    void cleanSlate(MariaDbDatabase db) throws SQLException {
        this.db = db;
        db.reset();
    }

    @Override
    TestDatabase database() {
        return db;
    }

    @Override
    String ownerTable() {
        return "Owner";
    }
}
