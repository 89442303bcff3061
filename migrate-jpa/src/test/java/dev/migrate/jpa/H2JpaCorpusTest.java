package dev.migrate.jpa;

import dev.migrate.testing.H2Memory;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;

import java.sql.SQLException;

class H2JpaCorpusTest extends JpaCorpusContract {

    private final H2Memory db = new H2Memory("issue16_corpus");

    @Override
    TestDatabase database() {
        return db;
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }
}
