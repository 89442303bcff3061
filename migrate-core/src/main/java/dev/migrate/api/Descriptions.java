package dev.migrate.api;

import dev.migrate.report.RevisionDetail;
import dev.migrate.report.RevisionSummary;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.ScriptDirectory;

import java.util.ArrayList;
import java.util.List;

/** How heads and revisions are shown in messages and reports. */
final class Descriptions {

    private Descriptions() {
    }

    /** {@code Nothing to upgrade: the database is already at ... (target ...).} */
    static String nothingToDo(String what, String target, List<String> heads, ScriptDirectory scripts) {
        if (scripts.graph().size() == 0) {
            return "Nothing to " + what + ": " + scripts.description() + " has no revisions yet.";
        }
        return "Nothing to " + what + ": the database is already at " + heads(heads) + " (target " + target + ").";
    }

    /** The heads, or {@code base} when there are none. */
    static String heads(List<String> heads) {
        return heads.isEmpty() ? "base" : String.join(", ", heads);
    }

    static String withFiles(List<String> ids, ScriptDirectory scripts) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            parts.add(scripts == null ? id : id + " (" + scripts.script(id).location() + ")");
        }
        return String.join(" and ", parts);
    }

    static RevisionSummary summary(RevisionScript script) {
        return new RevisionSummary(script.revision(), script.message(), script.location());
    }

    static List<RevisionSummary> summaries(ScriptDirectory scripts, List<String> ids) {
        return ids.stream().map(id -> summary(scripts.script(id))).toList();
    }

    /** A revision with its header fields, for the heads, branches and show reports. */
    static RevisionDetail detail(ScriptDirectory scripts, String id) {
        RevisionScript script = scripts.script(id);
        return new RevisionDetail(summary(script), script.header().revises(), script.header().createDate(),
                List.copyOf(script.header().branchLabels()), script.header().dependsOn());
    }
}
