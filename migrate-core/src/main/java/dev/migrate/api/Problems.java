package dev.migrate.api;

import dev.migrate.connect.ConnectionException;
import dev.migrate.graph.GraphException;
import dev.migrate.graph.Target;
import dev.migrate.guard.GuardException;
import dev.migrate.script.ScriptDirectory;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites errors of the packages below the facade into {@link MigrateException}s: graph errors, which know only
 * revision ids, into messages that name files and say what to do; connection errors into their kind.
 */
final class Problems {

    private Problems() {
    }

    /** A refusal of a guard, with its message as it stands. */
    static MigrateException guard(GuardException e) {
        ErrorKind kind = switch (e.reason()) {
            case FAILED_STATE -> ErrorKind.FAILED_STATE;
            case CHECKSUM_MISMATCH -> ErrorKind.CHECKSUM_MISMATCH;
            case CONFIGURATION -> ErrorKind.CONFIGURATION;
            case REFUSED -> ErrorKind.REFUSED;
        };
        return new MigrateException(kind, e.getMessage(), e.getCause());
    }

    /** A connection problem, with its message as it stands (one line, passwords masked). */
    static MigrateException connection(ConnectionException e) {
        ErrorKind kind = switch (e.problem()) {
            case CONFIGURATION -> ErrorKind.CONFIGURATION;
            case UNREACHABLE -> ErrorKind.CONNECTION;
            case AUTHENTICATION -> ErrorKind.AUTHENTICATION;
            case UNSUPPORTED_DATABASE -> ErrorKind.UNSUPPORTED_DATABASE;
        };
        return new MigrateException(kind, e.getMessage(), e.getCause());
    }

    /**
     * @param scripts the loaded files, to name them; null when the error came before they were loaded
     */
    static MigrateException graph(GraphException e, ScriptDirectory scripts) {
        MigrateException translated = translate(e, scripts);
        // The translation says all the graph error said, with files: as a cause, Maven would print its message again.
        return translated.getCause() == e && !translated.getMessage().equals(e.getMessage())
                ? new MigrateException(translated.kind(), translated.getMessage()) : translated;
    }

    private static MigrateException translate(GraphException e, ScriptDirectory scripts) {
        if (e instanceof GraphException.MultipleHeads heads && countsFromTheDatabase(heads.argument())) {
            return new MigrateException(ErrorKind.TARGET, "'" + heads.argument() + "' is ambiguous: the database is at "
                    + withFiles(heads.heads(), scripts) + "; name a revision, or count on one branch with "
                    + "'<label>@+N' or '<label>@-N'", e);
        }
        if (e instanceof GraphException.MultipleHeads heads) {
            return new MigrateException(ErrorKind.TARGET, "'" + heads.argument() + "' is ambiguous: the heads are "
                    + withFiles(heads.heads(), scripts) + "; run migrate:merge to join them, or target 'heads' "
                    + "(all of them) or '<label>@head' (one branch)", e);
        }
        if (e instanceof GraphException.AmbiguousRevision ambiguous) {
            return new MigrateException(ErrorKind.TARGET, "'" + ambiguous.argument() + "' matches several revisions: "
                    + withFiles(ambiguous.candidates(), scripts) + "; give more characters of the id", e);
        }
        if (e instanceof GraphException.UnknownRevision unknown) {
            return new MigrateException(ErrorKind.TARGET, "no revision matches '" + unknown.argument() + "'"
                    + (scripts == null ? "" : " in " + scripts.description())
                    + "; run migrate:history to see the revisions", e);
        }
        if (e instanceof GraphException.InvalidTarget invalid) {
            return new MigrateException(ErrorKind.TARGET, e.getMessage(), e);
        }
        return new MigrateException(ErrorKind.GRAPH, e.getMessage(), e);
    }

    /** Whether a target counts from the database's version rows ({@code current}, {@code +N}, {@code -N}). */
    private static boolean countsFromTheDatabase(String argument) {
        try {
            Target target = Target.parse(argument);
            return target.label() == null
                    && (target.anchor() == null || Target.Anchor.CURRENT.equals(target.anchor()));
        } catch (GraphException.InvalidTarget e) {
            return false;
        }
    }

    private static String withFiles(List<String> ids, ScriptDirectory scripts) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(scripts != null && scripts.contains(id) ? id + " (" + scripts.script(id).location() + ")" : id);
        }
        return parts.size() == 2 ? parts.get(0) + " and " + parts.get(1) : String.join(", ", parts);
    }
}
