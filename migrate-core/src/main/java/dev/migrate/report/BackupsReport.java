package dev.migrate.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The backups {@code migrate.backup} made, oldest first, and those a prune removed.
 *
 * @param backups the backups there are (after the prune, when one ran)
 * @param pruned  the backups a prune removed; empty when none ran
 */
public record BackupsReport(List<BackupEntry> backups, List<BackupEntry> pruned) {

    public BackupsReport {
        backups = List.copyOf(backups);
        pruned = List.copyOf(pruned);
    }

    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        for (BackupEntry removed : pruned) {
            lines.add("Removed " + removed.line());
        }
        if (backups.isEmpty()) {
            lines.add(pruned.isEmpty() ? "No backups." : "No backups left.");
            return lines;
        }
        for (BackupEntry backup : backups) {
            lines.add(backup.line());
            lines.add("    restore: " + backup.restore());
        }
        return lines;
    }

    /** The report as JSON; its shape is documented in the README. */
    public String toJson() {
        Map<String, Object> json = Json.report();
        json.put("backups", backups.stream().map(BackupEntry::toJsonMap).toList());
        json.put("pruned", pruned.stream().map(BackupEntry::toJsonMap).toList());
        return Json.write(json);
    }
}
