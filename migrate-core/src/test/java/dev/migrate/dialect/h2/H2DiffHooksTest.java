package dev.migrate.dialect.h2;

import dev.migrate.schema.diff.DiffHooks.NamedKind;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.QualifiedName;
import dev.migrate.schema.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class H2DiffHooksTest {

    private static final QualifiedName T = QualifiedName.of("PUBLIC", "T");

    private final H2DiffHooks underTest = new H2DiffHooks();

    @Test
    void recognisesEveryNameH2GivesToConstraintsAndIndexes() throws SQLException {
        try (H2TestDatabase db = H2TestDatabase.create()) {
            StringBuilder ddl = new StringBuilder();
            for (int k = 0; k < 40; k++) {
                ddl.append("CREATE TABLE t").append(k).append(" (id INT PRIMARY KEY, a INT UNIQUE, b INT CHECK (b > 0),")
                        .append(" c INT REFERENCES t").append(k).append(", d INT, e INT, UNIQUE (d, e), CHECK (d < e),")
                        .append(" CONSTRAINT named_").append(k).append(" UNIQUE (e));\n")
                        .append("CREATE INDEX ON t").append(k).append(" (d);\nCREATE INDEX ON t").append(k)
                        .append(" (e, d);\n");
            }
            DatabaseSchema model = db.run(ddl.toString()).introspect();

            int checked = 0;
            for (DatabaseSchema.QualifiedTable qualified : model.allTables()) {
                Table table = qualified.table();
                QualifiedName name = qualified.name();
                assertThat(underTest.isGeneratedName(NamedKind.PRIMARY_KEY, name, table.primaryKey().name())).isTrue();
                for (var unique : table.uniqueConstraints()) {
                    boolean named = unique.name().startsWith("NAMED_");
                    assertThat(underTest.isGeneratedName(NamedKind.UNIQUE, name, unique.name()))
                            .as(unique.name()).isEqualTo(!named);
                }
                table.checks().forEach(c -> assertThat(underTest.isGeneratedName(NamedKind.CHECK, name, c.name()))
                        .as(c.name()).isTrue());
                table.foreignKeys().forEach(k -> assertThat(
                        underTest.isGeneratedName(NamedKind.FOREIGN_KEY, name, k.name())).as(k.name()).isTrue());
                table.indexes().forEach(i -> assertThat(underTest.isGeneratedName(NamedKind.INDEX, name, i.name()))
                        .as(i.name()).isTrue());
                checked += 2 + table.uniqueConstraints().size() + table.checks().size() + table.indexes().size();
            }
            assertThat(checked).isEqualTo(40 * 9);
            for (String index : indexNames(db)) {
                assertThat(underTest.isGeneratedName(NamedKind.INDEX, T, index)).as(index).isTrue();
            }
        }
    }

    /** Every index H2 made, also those behind constraints (PRIMARY_KEY_x, CONSTRAINT_INDEX_x, NAMED_3_INDEX_x). */
    private static List<String> indexNames(H2TestDatabase db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        assertThat(names).anyMatch(n -> n.startsWith("PRIMARY_KEY_")).anyMatch(n -> n.startsWith("CONSTRAINT_INDEX_"))
                .anyMatch(n -> n.startsWith("NAMED_")).anyMatch(n -> n.startsWith("INDEX_"));
        return names;
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
            "CHECK, CONSTRAINT_8C3, true",
            "FOREIGN_KEY, CONSTRAINT_42_1, true",
            "PRIMARY_KEY, CONSTRAINT_26ED60, true",
            "UNIQUE, CONSTRAINT_INDEX_4, false",
            "CHECK, ORDERS_AMOUNT_CK, false",
            "PRIMARY_KEY, CONSTRAINT, false",
            "UNIQUE, CONSTRAINT_XY, false",
            "UNIQUE, constraint_4, false",
            "INDEX, INDEX_1424D, true",
            "INDEX, INDEX_26ED81_1, true",
            "INDEX, PRIMARY_KEY_4, true",
            "INDEX, B_UQ_INDEX_4, true",
            "INDEX, CONSTRAINT_4, false",
            "INDEX, ORDERS_TOTAL_IDX, false",
            "INDEX, INDEX_ORDERS, false",
            "INDEX, ORDERS_INDEX_1, true"})
    void judgesNamesByShape(NamedKind kind, String name, boolean generated) {
        assertThat(underTest.isGeneratedName(kind, T, name)).isEqualTo(generated);
    }

    @Test
    void hasNoNamedEnumTypes() {
        assertThat(new H2Dialect().features().namedEnumTypes()).isFalse();
    }
}
