package dev.migrate.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One backup that {@code migrate.backup} made before a run that could lose data.
 *
 * @param name     the copy as users would query it ({@code migrate_backup.orders__3f2a9c1b7d4e}), or the dump file
 * @param kind     a table copy or a dump
 * @param source   the table it copies, or the schema a dump holds
 * @param revision the revision whose statement could lose the data
 * @param madeAt   when it was made
 * @param madeBy   the operating-system user that ran migrate
 * @param rows     the rows copied; -1 for a dump
 * @param restore  how to bring the data back, one line
 */
public record BackupEntry(String name, Kind kind, String source, String revision, Instant madeAt, String madeBy,
                          long rows, String restore) {

    /** The kinds of backup. */
    public enum Kind {
        /** A copy of one table on the same server. */
        TABLE,
        /** A file written by the database's dump tool. */
        DUMP;

        public String word() {
            return this == TABLE ? "table" : "dump";
        }

        /** The kind a word names; TABLE for anything but {@code dump}. */
        public static Kind of(String word) {
            return "dump".equals(word) ? DUMP : TABLE;
        }
    }

    /** {@code migrate_backup.orders__3f2a (orders, before 3f2a..., 12 rows, 2026-12-03T16:50:00Z by ci)}. */
    public String line() {
        return name + "  (" + (kind == Kind.TABLE ? "copy of " + source + ", " + rows + " row(s)" : "dump of " + source)
                + ", before " + revision + ", " + madeAt + " by " + madeBy + ")";
    }

    Map<String, Object> toJsonMap() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("kind", kind.word());
        json.put("source", source);
        json.put("revision", revision);
        json.put("madeAt", madeAt.toString());
        json.put("madeBy", madeBy);
        json.put("rows", kind == Kind.TABLE ? rows : null);
        json.put("restore", restore);
        return json;
    }
}
