package dev.migrate.api;

import dev.migrate.autogenerate.Autogenerator;
import dev.migrate.autogenerate.ModelException;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.ShadowSession;
import dev.migrate.connect.Connections;
import dev.migrate.dialect.Dialect;
import dev.migrate.dialect.SchemaSupport;
import dev.migrate.graph.MigrationStep;
import dev.migrate.graph.RevisionGraph;
import dev.migrate.graph.Target;
import dev.migrate.guard.DatabaseSession;
import dev.migrate.guard.DatabaseState;
import dev.migrate.guard.Integrity;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintContext;
import dev.migrate.lint.Linter;
import dev.migrate.report.CheckReport;
import dev.migrate.report.CheckResult;
import dev.migrate.report.Durations;
import dev.migrate.report.IntegrityProblem;
import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.render.MigrationScriptRenderer;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code migrate:check}: the checks a build runs before it may release. Each check passes, fails or is skipped with
 * a one-line reason; a check that cannot run (no schema files, no database beyond the embedded default) is skipped,
 * never silently passed. Shadow databases are shared between the checks that need one and always dropped.
 */
final class CheckCommand {

    private final MigrateConfig config;
    private final Connections connections;

    CheckCommand(MigrateConfig config, Connections connections) {
        this.config = config;
        this.connections = connections;
    }

    CheckReport run(CheckRequest request) throws SQLException, IOException {
        List<CheckResult> results = new ArrayList<>();
        Dialect dialect = connections.dialect();
        long start = System.nanoTime();
        ScriptDirectory scripts;
        try {
            scripts = RevisionFiles.load(config, connections, dialect.splitOptions());
        } catch (MigrateException e) {
            results.add(CheckResult.failed("graph", "the revision files do not load", List.of(e.getMessage()),
                    Durations.millisSince(start)));
            for (String check : CheckRequest.ALL.subList(1, CheckRequest.ALL.size())) {
                if (request.runs(check)) {
                    results.add(CheckResult.skipped(check, "the revision files do not load (see graph)"));
                }
            }
            return new CheckReport(connections.shownAs(), results);
        }
        if (request.runs("graph")) {
            results.add(graph(scripts, request, start));
        }
        boolean configured = config.dataSource() != null || !config.connection().embedded();
        ShadowHolder shadows = new ShadowHolder(dialect);
        try {
            if (request.runs("checksums")) {
                results.add(configured ? checksums(scripts, dialect)
                        : CheckResult.skipped("checksums", "no database is configured beyond the embedded default"));
            }
            if (request.runs("model")) {
                results.add(model(scripts, shadows));
            }
            if (request.runs("roundtrip")) {
                results.add(roundtrip(scripts, shadows));
            }
            if (request.runs("drift")) {
                results.add(configured ? drift(scripts, dialect, shadows)
                        : CheckResult.skipped("drift", "no database is configured beyond the embedded default"));
            }
            List<String> heads = null;
            if (request.runs("pending") || request.runs("lint") && request.lintSince() == null) {
                try (Connection connection = connections.open(dialect)) {
                    heads = DatabaseSession.readHeads(DatabaseSession.versionStore(dialect, config.schema(), config.tables()), connection, scripts).orElse(List.of());
                }
            }
            if (request.runs("pending")) {
                results.add(pending(scripts, heads, request));
            }
            if (request.runs("lint")) {
                results.add(lint(scripts, heads, request, dialect, shadows));
            }
        } finally {
            shadows.close();
        }
        return new CheckReport(connections.shownAs(), results);
    }

    // ------------------------------------------------------------------------------------------------ checks

    private CheckResult graph(ScriptDirectory scripts, CheckRequest request, long start) {
        RevisionGraph graph = scripts.graph();
        List<String> details = new ArrayList<>(scripts.warnings());
        if (graph.heads().size() > 1 && !request.allowMultipleHeads()) {
            for (String head : graph.heads()) {
                details.add(head + " (" + scripts.script(head).location() + ")");
            }
            return CheckResult.failed("graph", graph.heads().size() + " heads; merge them (a revision whose Revises "
                    + "lists them all) or set migrate.allowMultipleHeads", details, Durations.millisSince(start));
        }
        String heads = graph.heads().isEmpty() ? "no revisions yet"
                : graph.heads().size() == 1 ? "one head (" + graph.heads().get(0) + ")" : graph.heads().size() + " heads";
        return CheckResult.passed("graph", graph.size() + " revision(s) parse, no cycles, " + heads, details,
                Durations.millisSince(start));
    }

    /**
     * Every applied revision's file still matches the text it was applied with, and none is left partly applied:
     * what would stop an upgrade on this database, found in CI instead of during the deployment.
     */
    private CheckResult checksums(ScriptDirectory scripts, Dialect dialect) throws SQLException {
        long start = System.nanoTime();
        try (DatabaseSession session = Guards.session(config, connections, dialect, scripts)) {
            DatabaseState state = session.read();
            if (state.heads().isEmpty()) {
                return CheckResult.passed("checksums", "no revision is applied to the database yet", List.of(),
                        Durations.millisSince(start));
            }
            Integrity.Review review = new Integrity(session, state).review(true);
            int applied = scripts.graph().appliedBy(state.heads()).size();
            if (review.problems().isEmpty()) {
                return CheckResult.passed("checksums", applied + " applied revision(s) match their files",
                        review.running(), Durations.millisSince(start));
            }
            List<String> details = new ArrayList<>();
            for (IntegrityProblem problem : review.problems()) {
                details.addAll(problem.message().lines().toList());
            }
            long changed = review.problems().stream().filter(p -> p.kind() == IntegrityProblem.Kind.CHECKSUM).count();
            if (changed > 0) {
                details.add(Integrity.advice());
            }
            details.addAll(review.running());
            long failed = review.problems().size() - changed;
            List<String> what = new ArrayList<>();
            if (changed > 0) {
                what.add(changed + " applied revision(s) changed since they were applied");
            }
            if (failed > 0) {
                what.add(failed + " revision(s) partly applied by a failed run");
            }
            return CheckResult.failed("checksums", String.join(", ", what) + " (of " + applied + " applied)", details,
                    Durations.millisSince(start));
        }
    }

    private CheckResult model(ScriptDirectory scripts, ShadowHolder shadows) throws SQLException, IOException {
        long start = System.nanoTime();
        ShadowSession shadow = shadows.get("the model check");
        if (shadow == null) {
            return CheckResult.skipped("model", shadows.why);
        }
        Optional<ModelSource> found;
        try {
            found = ConfiguredModel.find(config);
        } catch (ModelException e) {
            return CheckResult.failed("model", "the model cannot be read", List.of(e.getMessage()),
                    Durations.millisSince(start));
        }
        if (found.isEmpty()) {
            return CheckResult.skipped("model", "no schema files (migrate.schemaFiles) and no model in the compiled "
                    + "classes (JPA entities) to compare the migrations with");
        }
        ModelSource model = found.get();
        shadow.reset();
        shadow.replay(scripts, null);
        DatabaseSchema current = shadow.introspect();
        Autogenerator.Comparison comparison;
        try {
            comparison = new Autogenerator(shadow, model, config.listener()).compare(current);
        } catch (ModelException e) {
            return CheckResult.failed("model", "the model cannot be built", List.of(e.getMessage()),
                    Durations.millisSince(start));
        }
        DatabaseSchema desired = comparison.desired();
        DiffResult diff = comparison.diff();
        if (diff.isEmpty()) {
            return CheckResult.passed("model", "the migrations produce exactly " + model.kind(), diff.warnings(),
                    Durations.millisSince(start));
        }
        List<String> details = new ArrayList<>();
        details.add(model.kind().substring(0, 1).toUpperCase(Locale.ROOT) + model.kind().substring(1)
                + " differ from the migrations: run migrate:generate -Dmigrate.autogenerate=true to write a revision.");
        details.add("migrate:generate -Dmigrate.autogenerate=true would write:");
        details.addAll(ddl(shadow, desired, diff));
        details.addAll(diff.warnings());
        return CheckResult.failed("model", "the migrations do not produce " + model.kind() + ": " + diff.ops().size()
                + " difference(s)", details, Durations.millisSince(start));
    }

    private CheckResult roundtrip(ScriptDirectory scripts, ShadowHolder shadows) throws SQLException, IOException {
        long start = System.nanoTime();
        ShadowSession shadow = shadows.get("the roundtrip check");
        if (shadow == null) {
            return CheckResult.skipped("roundtrip", shadows.why);
        }
        RevisionGraph graph = scripts.graph();
        SchemaDiffer differ = new SchemaDiffer(shadow.support().diffHooks());
        shadow.reset();
        DatabaseSchema before = shadow.introspect();
        List<String> skipped = new ArrayList<>();
        int checked = 0;
        for (String id : graph.topologicalOrder()) {
            RevisionScript script = scripts.script(id);
            shadow.replay(scripts, id);
            DatabaseSchema after = shadow.introspect();
            if (!script.isReversible()) {
                skipped.add(id + " cannot be undone (" + script.whyIrreversible().orElse("") + "): not checked");
                before = after;
                continue;
            }
            try {
                shadow.undo(scripts, id);
            } catch (MigrateException e) {
                return CheckResult.failed("roundtrip", "the downgrade of " + id + " (" + script.location()
                        + ") fails", List.of(e.getMessage()), Durations.millisSince(start));
            }
            DiffResult left = differ.diff(shadow.introspect(), before, RenameHints.NONE);
            if (!left.isEmpty()) {
                List<String> details = new ArrayList<>();
                details.add("after its upgrade and downgrade, this DDL would still be needed to get back:");
                details.addAll(ddl(shadow, before, left));
                return CheckResult.failed("roundtrip", "the downgrade of " + id + " (" + script.location()
                        + ") does not restore the schema before it", details, Durations.millisSince(start));
            }
            shadow.replay(scripts, id);
            before = after;
            checked++;
        }
        return CheckResult.passed("roundtrip", checked + " revision(s) upgrade, downgrade and upgrade again cleanly",
                skipped, Durations.millisSince(start));
    }

    private CheckResult drift(ScriptDirectory scripts, Dialect dialect, ShadowHolder shadows)
            throws SQLException, IOException {
        long start = System.nanoTime();
        ShadowSession shadow = shadows.get("the drift check");
        if (shadow == null) {
            return CheckResult.skipped("drift", shadows.why);
        }
        DatabaseSchema live;
        List<String> heads;
        try (Connection connection = connections.open(dialect)) {
            heads = DatabaseSession.readHeads(DatabaseSession.versionStore(dialect, config.schema(), config.tables()), connection, scripts).orElse(List.of());
            live = shadow.introspect(connection);
        }
        shadow.reset();
        for (String head : heads) {
            shadow.replay(scripts, head);
        }
        DatabaseSchema expected = shadow.introspect();
        DiffResult drift = new SchemaDiffer(shadow.support().diffHooks()).diff(live, expected, RenameHints.NONE);
        String at = heads.isEmpty() ? "base" : String.join(", ", heads);
        if (drift.isEmpty()) {
            return CheckResult.passed("drift", "the database matches its revisions (at " + at + ")", List.of(),
                    Durations.millisSince(start));
        }
        List<String> details = new ArrayList<>();
        details.add("the database differs from what its revisions (at " + at + ") produce; this DDL would undo the drift:");
        details.addAll(ddl(shadow, expected, drift));
        return CheckResult.failed("drift", drift.ops().size() + " difference(s) between the database and its revisions "
                + "(someone changed it by hand?)", details, Durations.millisSince(start));
    }

    private CheckResult pending(ScriptDirectory scripts, List<String> heads, CheckRequest request) {
        long start = System.nanoTime();
        List<String> pending = pendingIds(scripts, heads);
        List<String> details = pending.stream().map(id -> id + " (" + scripts.script(id).location() + ")").toList();
        if (pending.isEmpty()) {
            return CheckResult.passed("pending", "the database is up to date", List.of(), Durations.millisSince(start));
        }
        if (request.failOnPending()) {
            return CheckResult.failed("pending", pending.size() + " revision(s) pending; run migrate:upgrade "
                    + "(migrate.failOnPending=true)", details, Durations.millisSince(start));
        }
        return CheckResult.passed("pending", pending.size() + " revision(s) pending (not failing: "
                + "migrate.failOnPending=false)", details, Durations.millisSince(start));
    }

    private List<String> pendingIds(ScriptDirectory scripts, List<String> heads) {
        if (scripts.graph().heads().isEmpty()) {
            return List.of();
        }
        return Targets.plan(scripts, p -> p.planUpgrade(heads, Target.Anchor.HEADS)).steps().stream()
                .map(MigrationStep::id).toList();
    }

    private CheckResult lint(ScriptDirectory scripts, List<String> heads, CheckRequest request, Dialect dialect,
                             ShadowHolder shadows) throws SQLException, IOException {
        long start = System.nanoTime();
        RevisionGraph graph = scripts.graph();
        Set<String> linted = new LinkedHashSet<>();
        String which;
        if (request.lintSince() != null) {
            String since;
            try {
                since = graph.resolve(request.lintSince());
            } catch (dev.migrate.graph.GraphException e) {
                throw Problems.graph(e, scripts);
            }
            Set<String> after = graph.descendantsOrSelf(List.of(since));
            after.remove(since);
            graph.topologicalOrder().stream().filter(after::contains).forEach(linted::add);
            which = "after " + since;
        } else {
            linted.addAll(pendingIds(scripts, heads));
            which = "pending";
        }
        if (linted.isEmpty()) {
            return CheckResult.passed("lint", "no " + which + " revisions to lint", List.of(),
                    Durations.millisSince(start));
        }
        ShadowSession shadow = shadows.get("the lint check");
        Linter linter = new Linter(dialect.lintRules());
        List<Finding> findings = new ArrayList<>();
        if (shadow != null) {
            shadow.reset();
        }
        Set<String> applied = new HashSet<>();
        for (String id : graph.topologicalOrder()) {
            if (linted.contains(id)) {
                RevisionScript script = scripts.script(id);
                LintContext context = shadow == null ? LintContext.UNKNOWN_SCHEMA
                        : LintContext.of(shadow.introspect());
                findings.addAll(linter.lint(script, context));
            }
            if (shadow != null && linted.stream().anyMatch(l -> !applied.contains(l))) {
                shadow.replay(scripts, id);
            }
            applied.add(id);
        }
        long errors = findings.stream().filter(Finding::isError).count();
        List<String> details = findings.stream().map(Finding::toString).toList();
        String summary = linted.size() + " " + which + " revision(s): " + errors + " data-loss finding(s), "
                + (findings.size() - errors) + " other(s)";
        boolean fail = request.failOnLint() == CheckRequest.LintLevel.ERROR && errors > 0
                || request.failOnLint() == CheckRequest.LintLevel.WARNING && !findings.isEmpty();
        if (fail) {
            return CheckResult.failed("lint", summary + " (migrate.failOnLint="
                    + request.failOnLint().name().toLowerCase(java.util.Locale.ROOT) + ")", details,
                    Durations.millisSince(start));
        }
        return CheckResult.passed("lint", summary, details, Durations.millisSince(start));
    }

    /** Operations as the DDL a reader can apply, one line per line. */
    private static List<String> ddl(ShadowSession shadow, DatabaseSchema model, DiffResult diff) {
        String sql = new MigrationScriptRenderer(shadow.support().renderer(model.defaultSchema())).section(diff.ops());
        return List.of(sql.strip().split("\n"));
    }

    /** Opens one shadow database when a check first needs it; remembers why it cannot when it cannot. */
    private final class ShadowHolder implements AutoCloseable {
        private final Dialect dialect;
        private ShadowSession shadow;
        private String why;

        ShadowHolder(Dialect dialect) {
            this.dialect = dialect;
        }

        ShadowSession get(String purpose) throws SQLException {
            if (shadow == null && why == null) {
                if (!(dialect instanceof SchemaSupport)) {
                    why = dialect.displayName() + " cannot read schemas, which " + purpose + " needs";
                } else {
                    shadow = Shadows.open(config, dialect, purpose);
                }
            }
            return shadow;
        }

        @Override
        public void close() throws SQLException {
            if (shadow != null) {
                shadow.close();
            }
        }
    }
}
