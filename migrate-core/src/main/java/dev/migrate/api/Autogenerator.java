package dev.migrate.api;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.MigrationScriptRenderer;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Autogenerate: compares the schema the migrations produce with the schema the schema files describe, on one
 * private shadow database used in phases, and checks that the written file does what it says. Nothing live is
 * touched, except reading it when asked to compare with the configured database.
 *
 * <ol>
 *   <li><em>current</em>: replay what the new revision builds on (its parents and dependencies) on the empty
 *   shadow (or read the live database) and introspect;</li>
 *   <li><em>desired</em>: empty the shadow, run the schema files, introspect;</li>
 *   <li>diff, and render the operations as the upgrade and their reverse as the downgrade;</li>
 *   <li><em>verify</em> (after the file is written): empty the shadow, replay up to the new revision and compare with
 *   the desired schema, downgrade it and compare with the current one.</li>
 * </ol>
 */
final class Autogenerator implements AutoCloseable {

    private final ShadowSession shadow;
    private final MigrateConfig config;

    private Autogenerator(MigrateConfig config, ShadowSession shadow) {
        this.config = config;
        this.shadow = shadow;
    }

    static Autogenerator open(MigrateConfig config, Dialect dialect) throws SQLException {
        return new Autogenerator(config, ShadowSession.open(config, dialect, "autogenerate"));
    }

    /**
     * What autogenerate found, before anything is written.
     *
     * @param current   the schema the migrations produce (or the live database's)
     * @param desired   the schema the schema files describe
     * @param diff      the operations and warnings
     * @param upgrade   the upgrade section's SQL
     * @param downgrade the downgrade section's SQL
     */
    record Draft(DatabaseSchema current, DatabaseSchema desired, DiffResult diff, String upgrade, String downgrade) {
    }

    /**
     * Compares and renders.
     *
     * @param buildsOn the revisions the new one will revise or depend on; empty for a new base
     * @param live     opens the configured database, for {@link GenerateRequest.CompareWith#DATABASE}
     */
    Draft draft(ScriptDirectory scripts, List<String> buildsOn, GenerateRequest.CompareWith compareWith, Live live)
            throws SQLException, IOException {
        String schemaText = shadow.schemaFilesText();
        DatabaseSchema current;
        if (compareWith == GenerateRequest.CompareWith.DATABASE) {
            current = live.introspectAtHead(scripts, shadow::introspect);
        } else {
            shadow.reset();
            int replayed = replayAll(scripts, buildsOn);
            config.listener().info("Replayed " + replayed + " revision(s) on the shadow database.");
            current = shadow.introspect();
        }
        shadow.reset();
        shadow.runSchemaFiles();
        DatabaseSchema desired = shadow.introspect();
        RenameHints hints = RenameHints.parse(schemaText, shadow::fold, desired.defaultSchema());
        DiffResult diff = new SchemaDiffer(shadow.support().diffHooks()).diff(current, desired, hints);
        MigrationScriptRenderer renderer = new MigrationScriptRenderer(shadow.support().renderer(desired.defaultSchema()));
        MigrationScriptRenderer.Sections sections = renderer.render(diff.ops());
        return new Draft(current, desired, diff, sections.upgrade(), sections.downgrade());
    }

    /**
     * Replays the revisions including the new one and compares: the upgrade must give the desired schema, the
     * downgrade the previous one. Returns what is still different, empty when the file is right; a file that does
     * not even run is reported the same way, never thrown.
     */
    List<String> verify(ScriptDirectory withNewRevision, String newRevision, Draft draft) throws SQLException {
        try {
            return check(withNewRevision, newRevision, draft);
        } catch (MigrateException | IOException e) {
            return List.of("replaying it on the shadow database failed: " + e.getMessage().replace('\n', ' '));
        }
    }

    private List<String> check(ScriptDirectory withNewRevision, String newRevision, Draft draft)
            throws SQLException, IOException {
        shadow.reset();
        List<String> problems = new ArrayList<>();
        List<String> buildsOn = new ArrayList<>(withNewRevision.graph().revision(newRevision).parents());
        buildsOn.addAll(withNewRevision.graph().dependencies(newRevision));
        replayAll(withNewRevision, buildsOn);
        DatabaseSchema before = shadow.introspect();
        shadow.replay(withNewRevision, newRevision);
        SchemaDiffer differ = new SchemaDiffer(shadow.support().diffHooks());
        DiffResult upgradeLeft = differ.diff(shadow.introspect(), draft.desired(), RenameHints.NONE);
        if (!upgradeLeft.isEmpty()) {
            problems.add("after the upgrade, the schema still differs from the schema files: " + describe(upgradeLeft));
        }
        // One step down from the new revision removes it (and nothing it builds on).
        shadow.downgrade(withNewRevision, newRevision + "-1");
        DiffResult downgradeLeft = differ.diff(shadow.introspect(), before, RenameHints.NONE);
        if (!downgradeLeft.isEmpty()) {
            problems.add("after the downgrade, the schema differs from before the upgrade: " + describe(downgradeLeft));
        }
        return problems;
    }

    private static String describe(DiffResult left) {
        return String.join("; ", left.ops().stream().map(SchemaOp::description).toList());
    }

    /**
     * Upgrades the shadow to each of {@code targets} that no other target needs (an upgrade to one would already
     * have applied it) and returns how many revisions ran.
     */
    private int replayAll(ScriptDirectory scripts, List<String> targets) throws SQLException, IOException {
        int replayed = 0;
        for (String target : targets) {
            List<String> others = targets.stream().filter(t -> !t.equals(target)).toList();
            if (scripts != null && !scripts.graph().appliedBy(others).contains(target)) {
                replayed += shadow.replay(scripts, target);
            }
        }
        return replayed;
    }

    @Override
    public void close() throws SQLException {
        shadow.close();
    }

    /** Access to the configured database, for comparing with it. */
    @FunctionalInterface
    interface Live {
        DatabaseSchema introspectAtHead(ScriptDirectory scripts, Introspection introspection) throws SQLException;
    }

    /** Reads a schema from an open connection. */
    @FunctionalInterface
    interface Introspection {
        DatabaseSchema read(Connection connection) throws SQLException;
    }
}
