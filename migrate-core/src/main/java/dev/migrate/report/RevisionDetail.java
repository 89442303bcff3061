package dev.migrate.report;

import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

/**
 * A revision with its header, as the heads, branches and show reports list it.
 *
 * @param revision     id, message and file
 * @param revises      its parents
 * @param createDate   the header's create date, or null
 * @param branchLabels the branch labels it declares
 * @param dependsOn    its {@code Depends On} entries, as written
 */
public record RevisionDetail(RevisionSummary revision, List<String> revises, String createDate,
                             List<String> branchLabels, List<String> dependsOn) {

    public RevisionDetail {
        revises = List.copyOf(revises);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    public String id() {
        return revision.revision();
    }

    /** {@code id (labels)}, then the given markers such as {@code (head)}, then {@code , message}. */
    public String line(String... markers) {
        StringBuilder line = new StringBuilder(id());
        if (!branchLabels.isEmpty()) {
            line.append(" (").append(String.join(", ", branchLabels)).append(')');
        }
        for (String marker : markers) {
            line.append(" (").append(marker).append(')');
        }
        if (!revision.message().isEmpty()) {
            line.append(", ").append(revision.message());
        }
        return line.toString();
    }

    /** The header fields, as indented lines, for verbose listings. */
    List<String> headerLines(String indent) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(indent + "Revises:      " + (revises.isEmpty() ? "<base>" : String.join(", ", revises)));
        if (createDate != null) {
            lines.add(indent + "Create Date:  " + createDate);
        }
        if (!dependsOn.isEmpty()) {
            lines.add(indent + "Depends On:   " + String.join(", ", dependsOn));
        }
        lines.add(indent + "File:         " + revision.location());
        return lines;
    }

    /** The fields as a JSON object. */
    Map<String, Object> toJsonMap() {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("revision", id());
        item.put("message", revision.message());
        item.put("revises", revises);
        item.put("branchLabels", branchLabels);
        item.put("dependsOn", dependsOn);
        item.put("createDate", createDate);
        item.put("file", revision.location());
        return item;
    }
}
