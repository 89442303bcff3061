package dev.migrate.jpa.hibernate;

import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.DialectRegistry;
import dev.migrate.testing.H2Memory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the order of a native {@code ENUM}'s labels on H2 comes from, for {@code @Enumerated(STRING)}:
 * {@code Status} declares ACTIVE, SUSPENDED, CLOSED. Hibernate's own DDL for H2 already lists them sorted
 * (its H2 dialect writes the enum's names sorted); migrate's H2 introspection keeps the database's order
 * ({@code ENUM_VALUES.VALUE_ORDINAL}), so the alphabetical labels in a generated revision are Hibernate's.
 */
class EnumLabelOrderTest {

    private final H2Memory db = new H2Memory("issue16_enum_order");

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    @Test
    void hibernatesH2DdlListsTheLabelsSorted() throws SQLException {
        Dialect h2 = DialectRegistry.load(getClass().getClassLoader()).byName("h2").orElseThrow();
        HibernateModel model = new HibernateModel(List.of("dev.migrate.jpa.fixtures.v1.Owner",
                "dev.migrate.jpa.fixtures.common.Pet", "dev.migrate.jpa.fixtures.common.Tag"), List.of(), Map.of(),
                getClass().getClassLoader(), "test", "test");

        List<String> ddl;
        try (Connection connection = db.connect()) {
            ddl = model.ddl(h2, connection.getMetaData());
        }

        String owner = ddl.stream().filter(s -> s.toLowerCase().startsWith("create table owner ")).findFirst()
                .orElseThrow();
        assertThat(owner).contains("enum ('ACTIVE','CLOSED','SUSPENDED')");
    }
}
