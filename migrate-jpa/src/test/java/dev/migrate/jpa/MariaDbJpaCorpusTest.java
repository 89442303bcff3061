package dev.migrate.jpa;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The corpus on MariaDB: entities, Hibernate's MariaDB DDL, the shadow database, the diff. Like PostgreSQL, so the
 * build runs the pairs whose DDL differs most between dialects; {@code -Dmigrate.jpa.corpus=full} runs all of them.
 */
@ExtendWith(MariaDbExtension.class)
class MariaDbJpaCorpusTest extends JpaCorpusContract {

    /** Enums, sequences, identity, column definitions, checks, large objects, types: where dialects differ. */
    private static final Set<String> DIALECT_SENSITIVE = Set.of("p11_enum_string_value_added",
            "p12_enum_ordinal_to_string", "p18_sequence_allocation_size", "p19_identity", "p25_column_definition",
            "p26_check_constraint", "p29_lob", "p31_uuid_and_times");

    static Stream<String> pairs() throws IOException {
        boolean full = "full".equals(System.getProperty("migrate.jpa.corpus"));
        return JpaCorpusContract.pairs().filter(pair -> full || DIALECT_SENSITIVE.contains(pair));
    }

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
}
