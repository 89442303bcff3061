package dev.migrate.parity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The deliberate differences from Alembic, one constant per row of the README's table "Deliberate differences from
 * Alembic" (the test checks that the table names each {@link #title}). Each says precisely which disagreements it
 * explains; a disagreement no constant explains fails the parity test.
 */
enum DocumentedDifference {

    /** Both run the same revisions to the same end, in another order where the graph leaves a choice. */
    ORDER("Order on independent branches") {
        @Override
        boolean explains(Comparison x) {
            return x.sameEffect() && !x.alembic().steps().equals(x.migrate().steps())
                    && x.selfCheck(x.alembic()) == null && x.selfCheck(x.migrate()) == null;
        }
    },

    /** {@code downgrade -N} whose walk down from the current revision steps down from a merge point. */
    MERGE_WALK("`downgrade -N` across a merge point") {
        @Override
        boolean explains(Comparison x) {
            ParityCase c = x.c();
            if (c.upgrade() || !c.form().equals("-N") || c.start().size() != 1 || !x.alembicSaid("Ambiguous walk")
                    || x.migrate().refused()) {
                return false;
            }
            String at = c.start().get(0);
            for (int step = 1; step <= -Integer.parseInt(c.target()); step++) {
                List<String> parents = x.graph().revision(at).parents();
                if (parents.size() > 1) {
                    return true;
                }
                if (parents.isEmpty()) {
                    return false;
                }
                at = parents.get(0);
            }
            return false;
        }
    },

    /** {@code downgrade -N} from several current revisions: migrate refuses, Alembic counts from the first row. */
    SEVERAL_CURRENT("`downgrade -N` from several current revisions") {
        @Override
        boolean explains(Comparison x) {
            ParityCase c = x.c();
            return !c.upgrade() && c.form().equals("-N") && c.start().size() > 1 && x.raw().ok()
                    && x.raw().warnings().contains("downgrade -1 from multiple heads is ambiguous")
                    && x.migrateSaid("' is ambiguous: ");
        }
    },

    /** {@code upgrade <rev>} to an applied revision that an applied revision revises: migrate refuses. */
    BELOW_CURRENT("`upgrade <rev>` below the current revision") {
        @Override
        boolean explains(Comparison x) {
            return x.c().upgrade() && x.c().form().equals("<rev>")
                    && x.migrateSaid("is already applied and lies below the current revision")
                    && !x.alembic().refused() && x.alembic().steps().isEmpty();
        }
    },

    /** Alembic 1.8 fails in its head maintenance (a KeyError) where migrate runs. */
    ALEMBIC_CRASH("Merges joined through `depends_on`") {
        @Override
        boolean explains(Comparison x) {
            return !x.raw().ok() && x.raw().errorType().equals("KeyError")
                    && x.raw().frames().contains("update_to_step") && !x.migrate().refused();
        }
    },

    /**
     * {@code <label>@base} or {@code <label>@-N}: Alembic removes revisions outside the label's branch (and what
     * depends on them), migrate stays inside it or refuses.
     */
    BRANCH_REACH("`<label>@base`, `<label>@-N` beyond the branch") {
        @Override
        boolean explains(Comparison x) {
            ParityCase c = x.c();
            if (c.upgrade() || !(c.form().equals("<label>@base") || c.form().equals("<label>@-N"))
                    || x.alembic().refused()) {
                return false;
            }
            String label = c.target().substring(0, c.target().indexOf('@'));
            Set<String> branch = x.graph().dependantsClosure(x.graph().reach(label));
            return !branch.containsAll(x.removed(x.alembic()))
                    && (x.migrate().refused() || branch.containsAll(x.removed(x.migrate())));
        }
    },

    /**
     * A downgrade to an applied revision with nothing above it that has no row in Alembic's table (a dependency its
     * dependant's row implies): migrate does nothing, Alembic finds "nothing to drop" and refuses.
     */
    IMPLIED_REVISION("Downgrade to a revision only its dependant's row records") {
        @Override
        boolean explains(Comparison x) {
            ParityCase c = x.c();
            if (c.upgrade() || !x.alembicSaid("is not a valid downgrade target from current head(s)")
                    || x.migrate().refused() || !x.migrate().steps().isEmpty()) {
                return false;
            }
            String named = named(x);
            return named != null && x.appliedBefore().contains(named) && !c.start().contains(named)
                    && x.graph().children(named).stream().noneMatch(x.appliedBefore()::contains);
        }

        private String named(Comparison x) {
            ParityGraph graph = x.graph();
            List<String> heads = graph.ids().stream().filter(id -> graph.children(id).isEmpty()).toList();
            switch (x.c().form()) {
                case "<rev>":
                    return x.c().target();
                case "head":
                    return heads.size() == 1 ? heads.get(0) : null;
                case "heads":
                    List<String> real = new ArrayList<>(heads);
                    real.removeIf(h -> graph.ids().stream().anyMatch(id -> graph.needs(id).contains(h)));
                    return real.size() == 1 ? real.get(0) : null;
                case "<label>@head":
                    Set<String> branch = new HashSet<>(graph.reach(x.c().target().replace("@head", "")));
                    List<String> branchHeads = heads.stream().filter(branch::contains).toList();
                    return branchHeads.size() == 1 ? branchHeads.get(0) : null;
                default:
                    return null;
            }
        }
    },

    /** A downgrade of a database with nothing applied: migrate has nothing to do, Alembic refuses most targets. */
    NOTHING_APPLIED("Downgrade of a database with nothing applied") {
        @Override
        boolean explains(Comparison x) {
            return !x.c().upgrade() && x.c().start().isEmpty() && x.alembic().refused() && !x.migrate().refused()
                    && x.migrate().steps().isEmpty();
        }
    },

    /** {@code downgrade <label>@head} where the graph has several heads: Alembic 1.8 ignores the label and refuses. */
    LABEL_HEAD_DOWNGRADE("`downgrade <label>@head` with several heads") {
        @Override
        boolean explains(Comparison x) {
            ParityCase c = x.c();
            return !c.upgrade() && c.form().equals("<label>@head") && !c.start().isEmpty()
                    && x.alembicSaid("Multiple head revisions are present for given argument '" + c.target() + "'")
                    && x.graph().ids().stream().filter(id -> x.graph().children(id).isEmpty()).count() > 1;
        }
    };

    private final String title;

    DocumentedDifference(String title) {
        this.title = title;
    }

    /** The first cell of this difference's row in the README's table. */
    String title() {
        return title;
    }

    /** Whether this difference explains the disagreement {@code x}. */
    abstract boolean explains(Comparison x);
}
