package dev.migrate.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything about one revision: its header, where it sits in the graph, whether the database has it, and the SQL
 * it runs each way.
 *
 * @param revision     the revision and its header
 * @param parents      the revisions it revises
 * @param children     the revisions that revise it
 * @param dependencies the revisions it depends on (resolved from {@code Depends On})
 * @param dependents   the revisions that depend on it
 * @param applied      whether the database has it applied
 * @param current      whether it is one of the database's version rows
 * @param checksum     SHA-256 of the normalised file
 * @param upgrade      the upgrade section
 * @param downgrade    the downgrade section, or null when there is none
 * @param irreversible why it cannot be downgraded ({@code -- migrate:irreversible}), or null
 */
public record ShowReport(RevisionDetail revision, List<RevisionSummary> parents, List<RevisionSummary> children,
                         List<RevisionSummary> dependencies, List<RevisionSummary> dependents, boolean applied,
                         boolean current, String checksum, Section upgrade, Section downgrade, String irreversible) {

    public ShowReport {
        parents = List.copyOf(parents);
        children = List.copyOf(children);
        dependencies = List.copyOf(dependencies);
        dependents = List.copyOf(dependents);
    }

    /**
     * The statements of one section.
     *
     * @param line          the line of its {@code -- migrate:...} directive
     * @param transactional false for {@code transaction:false}
     * @param statements    the statements, in order
     */
    public record Section(int line, boolean transactional, List<Statement> statements) {
        public Section {
            statements = List.copyOf(statements);
        }
    }

    /**
     * One statement.
     *
     * @param line the file line where it starts
     * @param sql  the statement, without its terminating semicolon
     */
    public record Statement(int line, String sql) {
    }

    /** The report as lines for a log. */
    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        List<String> markers = new ArrayList<>();
        if (children.isEmpty()) {
            markers.add("head");
        }
        if (current) {
            markers.add("current");
        }
        if (children.size() > 1) {
            markers.add("branchpoint");
        }
        if (parents.size() > 1) {
            markers.add("mergepoint");
        }
        lines.add("Revision:     " + revision.id() + (revision.branchLabels().isEmpty() ? ""
                : " (" + String.join(", ", revision.branchLabels()) + ")")
                + String.join("", markers.stream().map(m -> " (" + m + ")").toList()));
        lines.add("Message:      " + revision.revision().message());
        lines.add("File:         " + revision.revision().location());
        if (revision.createDate() != null) {
            lines.add("Create Date:  " + revision.createDate());
        }
        RevisionSummary.addLabels(lines, "Revises:      ", parents, "<base>");
        RevisionSummary.addLabels(lines, "Revised by:   ", children, "nothing (a head)");
        if (!dependencies.isEmpty() || !revision.dependsOn().isEmpty()) {
            RevisionSummary.addLabels(lines, "Depends on:   ", dependencies, "nothing");
        }
        if (!dependents.isEmpty()) {
            RevisionSummary.addLabels(lines, "Needed by:    ", dependents, "nothing");
        }
        lines.add("Applied:      " + (applied ? current ? "yes (current)" : "yes" : "no (pending)"));
        lines.add("Checksum:     " + checksum);
        lines.add("");
        section(lines, "upgrade", upgrade);
        lines.add("");
        if (irreversible != null) {
            lines.add("-- migrate:irreversible" + (irreversible.isEmpty() ? "" : " " + irreversible));
            lines.add("(this revision cannot be downgraded)");
        } else if (downgrade == null) {
            lines.add("(no downgrade section: this revision cannot be downgraded)");
        } else {
            section(lines, "downgrade", downgrade);
        }
        return lines;
    }

    private static void section(List<String> lines, String name, Section section) {
        lines.add("-- migrate:" + name + (section.transactional() ? "" : " transaction:false") + "    (line "
                + section.line() + ", " + section.statements().size()
                + (section.statements().size() == 1 ? " statement)" : " statements)"));
        for (Statement statement : section.statements()) {
            lines.addAll(List.of((statement.sql() + ";").split("\n", -1)));
        }
    }
}
