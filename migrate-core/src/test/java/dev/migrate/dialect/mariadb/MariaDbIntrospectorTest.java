package dev.migrate.dialect.mariadb;

import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.model.View;
import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** What the MariaDB introspector reads that the round-trip corpus cannot show by itself. */
@ExtendWith(MariaDbExtension.class)
class MariaDbIntrospectorTest {

    private MariaDbDatabase database;

    @BeforeEach
    void emptyDatabase(MariaDbDatabase database) throws SQLException {
        this.database = database;
        database.reset();
    }

    private DatabaseSchema introspect() throws SQLException {
        try (Connection connection = database.connect()) {
            return new MariaDbIntrospector().introspect(connection, IntrospectOptions.allSchemas());
        }
    }

    @Test
    void theNextAutoIncrementValueIsLeftAlone() throws SQLException {
        database.execute("CREATE TABLE tickets (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, note VARCHAR(20))");
        DatabaseSchema before = introspect();

        database.execute("INSERT INTO tickets (note) VALUES ('a'), ('b')", "ALTER TABLE tickets AUTO_INCREMENT = 5000");
        DatabaseSchema after = introspect();

        assertThat(after).isEqualTo(before);
        assertThat(new SchemaDiffer(new MariaDbDiffHooks()).diff(before, after, RenameHints.NONE).ops()).isEmpty();
    }

    @Test
    void aColumnLevelCheckIsPartOfItsColumnAndATableLevelOneIsAConstraint() throws SQLException {
        database.execute("CREATE TABLE products (id INT NOT NULL PRIMARY KEY, "
                + "price DECIMAL(8,2) NOT NULL CHECK (price > 0), stock INT NOT NULL, "
                + "CONSTRAINT stock_positive CHECK (stock >= 0))");

        Table products = schema().tables().get(0);

        assertThat(products.columns().get(1).type().sql()).isEqualTo("decimal(8,2) CHECK (`price` > 0)");
        assertThat(products.checks()).singleElement()
                .satisfies(check -> assertThat(check.name()).isEqualTo("stock_positive"));
        assertThat(new MariaDbRenderer("").columnDefinition(products.columns().get(1).withComment("in euros")))
                .isEqualTo("price decimal(8,2) NOT NULL COMMENT 'in euros' CHECK (`price` > 0)");
    }

    @Test
    void aViewDependsOnTheTablesAndViewsItsQueryNames() throws SQLException {
        database.execute("CREATE TABLE orders (id INT NOT NULL PRIMARY KEY, total INT NOT NULL)",
                "CREATE TABLE `odd``name` (id INT NOT NULL PRIMARY KEY)",
                "CREATE VIEW paid AS SELECT o.id, o.total FROM orders o JOIN `odd``name` n ON n.id = o.id",
                "CREATE VIEW big AS SELECT id FROM paid WHERE total > 10");

        assertThat(schema().views()).extracting(View::name, View::dependencies).containsExactly(
                tuple("big", List.of(QualifiedName.of("", "paid"))),
                tuple("paid", List.of(QualifiedName.of("", "odd`name"),
                        QualifiedName.of("", "orders"))));
    }

    private Schema schema() throws SQLException {
        return introspect().schemas().get(0);
    }
}
