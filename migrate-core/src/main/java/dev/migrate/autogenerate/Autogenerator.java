package dev.migrate.autogenerate;

import dev.migrate.report.MigrationListener;
import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.ops.SchemaOp;
import dev.migrate.schema.render.MigrationScriptRenderer;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Autogenerate: compares the schema the migrations produce with the schema of the model, on one private shadow
 * database used in phases, and checks that the written file does what it says. Nothing live is touched, except
 * reading it when asked to compare with the configured database.
 *
 * <ol>
 *   <li><em>current</em>: replay what the new revision builds on (its parents and dependencies) on the empty
 *   shadow and introspect (or read the live database);</li>
 *   <li><em>desired</em>: empty the shadow, build the model, introspect;</li>
 *   <li>diff, and render the operations as the upgrade and their reverse as the downgrade;</li>
 *   <li><em>verify</em> (after the file is written): empty the shadow, replay up to the new revision and compare with
 *   the desired schema, downgrade it and compare with the current one.</li>
 * </ol>
 */
public final class Autogenerator {

    private final ShadowSession shadow;
    private final ModelSource model;
    private final MigrationListener listener;

    public Autogenerator(ShadowSession shadow, ModelSource model, MigrationListener listener) {
        this.shadow = shadow;
        this.model = model;
        this.listener = listener;
    }

    /**
     * What autogenerate found, before anything is written.
     *
     * @param current   the schema the migrations produce (or the live database's)
     * @param desired   the model's schema
     * @param diff      the operations and warnings
     * @param upgrade   the upgrade section's SQL
     * @param downgrade the downgrade section's SQL
     * @param desiredFrom where the desired schema comes from, for messages: the model, or the live database
     */
    public record Draft(DatabaseSchema current, DatabaseSchema desired, DiffResult diff, String upgrade,
                        String downgrade, String desiredFrom) {
    }

    /**
     * Compares the schema that the revisions {@code buildsOn} produce with the model, and renders the difference.
     *
     * @param buildsOn the revisions the new one will revise or depend on; empty for a new base
     */
    public Draft draft(ScriptDirectory scripts, List<String> buildsOn) throws SQLException, IOException {
        shadow.reset();
        int replayed = replayAll(scripts, buildsOn);
        listener.info("Replayed " + replayed + " revision(s) on the shadow database.");
        return draft(shadow.introspect());
    }

    /** Compares {@code current} (read from the live database) with the model, and renders the difference. */
    public Draft draft(DatabaseSchema current) throws SQLException {
        Comparison comparison = compare(current);
        MigrationScriptRenderer renderer = new MigrationScriptRenderer(
                shadow.support().renderer(comparison.desired().defaultSchema()));
        MigrationScriptRenderer.Sections sections = renderer.render(comparison.diff().ops());
        return new Draft(current, comparison.desired(), comparison.diff(), sections.upgrade(), sections.downgrade(),
                "the schema files");
    }

    /**
     * A baseline of a database that predates migrations: what creates {@code live} (read from that database) on an
     * empty one, rendered; its downgrade removes it all. {@link #verify} then checks that replaying it on the empty
     * shadow gives {@code live}, not the model.
     */
    public Draft baseline(DatabaseSchema live) throws SQLException {
        shadow.reset();
        DatabaseSchema empty = shadow.introspect();
        DiffResult diff = new SchemaDiffer(shadow.support().diffHooks()).diff(empty, live, RenameHints.NONE);
        MigrationScriptRenderer.Sections sections = new MigrationScriptRenderer(
                shadow.support().renderer(live.defaultSchema())).render(diff.ops());
        return new Draft(empty, live, diff, sections.upgrade(), sections.downgrade(), "the live database");
    }

    /**
     * The model's schema and what turns {@code current} into it, with the renames the model declares.
     *
     * @param desired the model's schema, as the shadow database reads it
     * @param diff    the operations from {@code current} to {@code desired}
     */
    public record Comparison(DatabaseSchema desired, DiffResult diff) {
    }

    /** Builds the model on the emptied shadow and compares {@code current} with it. */
    public Comparison compare(DatabaseSchema current) throws SQLException {
        shadow.reset();
        shadow.build(model);
        DatabaseSchema desired = shadow.introspect();
        RenameHints hints = model.renameHints(shadow.dialect(), desired.defaultSchema());
        return new Comparison(desired, new SchemaDiffer(shadow.support().diffHooks()).diff(current, desired, hints));
    }

    /**
     * Replays the revisions including the new one and compares: the upgrade must give the desired schema, the
     * downgrade the previous one. Returns what is still different, empty when the file is right.
     *
     * @throws SQLException or IOException, or the runner's exception, when the file does not even run
     */
    public List<String> verify(ScriptDirectory withNewRevision, String newRevision, Draft draft)
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
            problems.add("after the upgrade, the schema still differs from " + draft.desiredFrom() + ": "
                    + describe(upgradeLeft));
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
}
