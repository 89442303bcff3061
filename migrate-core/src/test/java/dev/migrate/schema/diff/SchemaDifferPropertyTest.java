package dev.migrate.schema.diff;

import dev.migrate.schema.model.Column;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.model.Schema;
import dev.migrate.schema.model.Table;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.MigrationScriptRenderer;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For thousands of random schema pairs: the diff applied to A gives B, the reversed diff applied to B gives A, and
 * both directions pass {@link ModelApplier}'s checks (ordering, snapshots, keys), which is what makes a generated
 * file apply and its downgrade restore.
 */
class SchemaDifferPropertyTest {

    private final SchemaDiffer underTest = new SchemaDiffer(new DiffHooks() {
    });

    @Test
    void upgradeReachesTheDesiredSchemaAndDowngradeRestoresTheCurrentOne() {
        int nonEmpty = 0;
        for (long seed = 1; seed <= Long.getLong("seeds", 3000); seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            DatabaseSchema current = random.schema();
            RandomSchemas.Edit edit = random.edit(current);
            DiffResult result = underTest.diff(current, edit.desired(), edit.hints());
            String context = "seed " + seed + "\nops:\n  " + String.join("\n  ",
                    result.ops().stream().map(SchemaOp::description).toList());

            DatabaseSchema upgraded = ModelApplier.apply(current, result.ops());
            assertThat(normalised(upgraded)).as(context).isEqualTo(normalised(edit.desired()));
            DatabaseSchema downgraded = ModelApplier.apply(edit.desired(), MigrationScriptRenderer.reverse(result.ops()));
            assertThat(normalised(downgraded)).as(context).isEqualTo(normalised(current));
            assertThat(underTest.diff(upgraded, edit.desired(), RenameHints.NONE).ops()).as(context).isEmpty();
            if (!result.ops().isEmpty()) {
                nonEmpty++;
            }
        }
        assertThat(nonEmpty).as("the generator must mostly produce real changes").isGreaterThan(2000);
    }

    @Test
    void theSameInputAlwaysGivesTheSameOperations() {
        for (long seed = 1; seed <= 200; seed++) {
            RandomSchemas first = new RandomSchemas(seed);
            DatabaseSchema current = first.schema();
            RandomSchemas.Edit edit = first.edit(current);
            assertThat(underTest.diff(current, edit.desired(), edit.hints()))
                    .isEqualTo(underTest.diff(current, edit.desired(), edit.hints()));
        }
    }

    /**
     * PostgreSQL's table options and policies (partitions, persistence, storage parameters, row-level security,
     * NOT VALID constraints): neither this generator nor {@link ModelApplier} knows them yet; the round-trip corpus
     * (pairs 385-399 and 420-428) covers them against a real database meanwhile.
     */
    private static final java.util.Set<String> NOT_GENERATED_YET = java.util.Set.of("AttachPartition",
            "DetachPartition", "AlterTablePersistence", "AlterTableStorage", "AlterRowSecurity", "CreatePolicy",
            "AlterPolicy", "DropPolicy", "ValidateConstraint");

    @Test
    void theGeneratorExercisesEveryKindOfOperation() {
        java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
        for (long seed = 1; seed <= 3000; seed++) {
            RandomSchemas random = new RandomSchemas(seed);
            DatabaseSchema current = random.schema();
            RandomSchemas.Edit edit = random.edit(current);
            for (SchemaOp op : underTest.diff(current, edit.desired(), edit.hints()).ops()) {
                counts.merge(op.getClass().getSimpleName(), 1, Integer::sum);
                counts.merge(op.reverse().getClass().getSimpleName(), 0, Integer::sum);
            }
        }
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        for (Class<?> kind : SchemaOp.class.getPermittedSubclasses()) {
            kinds.add(kind.getSimpleName());
        }
        kinds.removeAll(NOT_GENERATED_YET);
        assertThat(counts.keySet()).as("operation counts: " + counts).containsAll(kinds);
        assertThat(counts.keySet()).as("generated now: take them off NOT_GENERATED_YET")
                .doesNotContainAnyElementsOf(NOT_GENERATED_YET);
    }

    /** Column order is not compared (new columns are appended), everything else is. */
    static DatabaseSchema normalised(DatabaseSchema schema) {
        return new DatabaseSchema(schema.defaultSchema(), schema.schemas().stream()
                .sorted(Comparator.comparing(Schema::name))
                .map(s -> s.withTables(s.tables().stream().sorted(Comparator.comparing(Table::name))
                        .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                        .toList()))
                .toList(), List.of());
    }
}
