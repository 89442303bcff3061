package dev.migrate.api;

import dev.migrate.graph.GraphException;
import dev.migrate.graph.MigrationPlan;
import dev.migrate.graph.MigrationPlanner;
import dev.migrate.graph.Target;
import dev.migrate.graph.TargetResolver;
import dev.migrate.script.ScriptDirectory;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/** Targets and plans as users name them: checked early, and their problems reported with the files and setting. */
final class Targets {

    private Targets() {
    }

    /**
     * Checks a target before anything is opened: its syntax, and, when it does not depend on the database (an id,
     * prefix, label, {@code head}, ...), that the files' graph resolves it. Targets relative to the database's state
     * are checked once its version rows are read. Errors name {@code migrate.target}.
     */
    static void check(ScriptDirectory scripts, String text) {
        Target target = parse(text);
        boolean relativeToDatabase = Target.Anchor.CURRENT.equals(target.anchor())
                || (target.anchor() == null && target.relative() != 0) || (target.label() != null
                && target.anchor() == null);
        if (!relativeToDatabase) {
            try {
                resolving(scripts, () -> new TargetResolver(scripts.graph()).resolve(target, List.of()));
            } catch (MigrateException e) {
                throw e.kind() == ErrorKind.TARGET ? targetError(e) : e;
            }
        }
    }

    /** Checks the target's syntax before anything connects; errors name {@code migrate.target}. */
    static Target parse(String target) {
        try {
            return Target.parse(target);
        } catch (GraphException e) {
            throw targetError(Problems.graph(e, null));
        }
    }

    /** Plans against the files' graph; target problems are reported with the files they concern. */
    static MigrationPlan plan(ScriptDirectory scripts, Function<MigrationPlanner, MigrationPlan> how) {
        return resolving(scripts, () -> how.apply(new MigrationPlanner(scripts.graph())));
    }

    /** Plans towards a target the user gave; target problems name {@code migrate.target} and the files. */
    static MigrationPlan planTo(ScriptDirectory scripts, Function<MigrationPlanner, MigrationPlan> how) {
        try {
            return plan(scripts, how);
        } catch (MigrateException e) {
            throw e.kind() == ErrorKind.TARGET ? targetError(e) : e;
        }
    }

    /** Asks the files' graph something; target problems are reported with the files they concern. */
    static <T> T resolving(ScriptDirectory scripts, Supplier<T> question) {
        try {
            return question.get();
        } catch (GraphException e) {
            throw Problems.graph(e, scripts);
        }
    }

    private static MigrateException targetError(MigrateException e) {
        return new MigrateException(e.kind(), "migrate.target: " + e.getMessage(), e.getCause());
    }
}
