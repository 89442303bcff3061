package dev.migrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the benchmark workloads under {@code bench/target/} (never committed).
 *
 * <ul>
 *   <li>{@code migrations DIR N}: N migrations, each {@code CREATE TABLE} + {@code CREATE INDEX} + one
 *   {@code INSERT}, written four ways: our revision files ({@code DIR/migrate/}), Flyway {@code V<n>__t<n>.sql}
 *   files ({@code DIR/flyway/}), one Liquibase formatted-SQL changelog ({@code DIR/liquibase/changelog.sql}) and one
 *   psql script with a transaction per migration ({@code DIR/psql/migrations.sql}). Migration n is the same text
 *   whatever N is, so a database migrated with the first 1,000 is "1,000 applied" for a set of 10,000.</li>
 *   <li>{@code schema DIR TABLES}: W3, {@code DIR/base.sql} with TABLES tables of 12 columns (primary key, foreign
 *   key and index each) and {@code DIR/changes.sql} with 20 added columns and 5 changed types.</li>
 * </ul>
 */
public final class Workloads {

    /** Columns added by {@code changes.sql}. */
    public static final int ADDED_COLUMNS = 20;
    /** Column types changed by {@code changes.sql}. */
    public static final int CHANGED_TYPES = 5;

    private Workloads() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: Workloads migrations|schema DIR COUNT");
        }
        Path dir = Path.of(args[1]);
        int count = Integer.parseInt(args[2]);
        switch (args[0]) {
            case "migrations" -> migrations(dir, count);
            case "schema" -> schema(dir, count);
            default -> throw new IllegalArgumentException("unknown workload kind " + args[0]);
        }
    }

    static String revisionId(int n) {
        return String.format("r%05d", n);
    }

    /** The three statements of migration {@code n}, each ending with ';'. */
    static String statements(int n) {
        String t = "t" + n;
        return "CREATE TABLE " + t + " (id bigint PRIMARY KEY, name varchar(100) NOT NULL, "
                + "created_at timestamp DEFAULT now());\n"
                + "CREATE INDEX " + t + "_name_idx ON " + t + " (name);\n"
                + "INSERT INTO " + t + " (id, name) VALUES (1, 'row 1 of " + t + "');\n";
    }

    static void migrations(Path dir, int count) throws IOException {
        Path ours = Files.createDirectories(dir.resolve("migrate"));
        Path flyway = Files.createDirectories(dir.resolve("flyway"));
        Path liquibase = Files.createDirectories(dir.resolve("liquibase"));
        Path psql = Files.createDirectories(dir.resolve("psql"));
        try (Writer changelog = Files.newBufferedWriter(liquibase.resolve("changelog.sql"), StandardCharsets.UTF_8);
             Writer script = Files.newBufferedWriter(psql.resolve("migrations.sql"), StandardCharsets.UTF_8)) {
            changelog.write("--liquibase formatted sql\n");
            script.write("\\set ON_ERROR_STOP on\n");
            for (int n = 1; n <= count; n++) {
                String sql = statements(n);
                String id = revisionId(n);
                String revises = n == 1 ? "" : " " + revisionId(n - 1);
                write(ours.resolve("20261121_0000-" + id + "_t" + n + ".sql"), "-- t" + n + "\n"
                        + "--\n"
                        + "-- Revision ID: " + id + "\n"
                        + "-- Revises:" + revises + "\n"
                        + "-- Create Date: 2026-11-21 00:00:00\n"
                        + "\n"
                        + "-- migrate:upgrade\n"
                        + sql
                        + "\n"
                        + "-- migrate:downgrade\n"
                        + "DROP TABLE t" + n + ";\n");
                write(flyway.resolve("V" + n + "__t" + n + ".sql"), sql);
                changelog.write("\n--changeset bench:" + n + "\n" + sql + "--rollback DROP TABLE t" + n + ";\n");
                script.write("BEGIN;\n" + sql + "COMMIT;\n");
            }
        }
    }

    static void schema(Path dir, int tables) throws IOException {
        Files.createDirectories(dir);
        StringBuilder base = new StringBuilder();
        for (int k = 1; k <= tables; k++) {
            String t = "t" + k;
            // A shallow tree (table k references table k / 2), not a chain: Liquibase's snapshot follows foreign keys
            // recursively and overflows its stack on a chain of 500.
            String parent = "t" + Math.max(1, k / 2);
            base.append("CREATE TABLE ").append(t).append(" (\n")
                    .append("    id bigint PRIMARY KEY,\n")
                    .append("    parent_id bigint REFERENCES ").append(parent).append(" (id),\n")
                    .append("    code varchar(40) NOT NULL,\n")
                    .append("    name varchar(100) NOT NULL,\n")
                    .append("    description text,\n")
                    .append("    quantity integer NOT NULL DEFAULT 0,\n")
                    .append("    price numeric(12, 2),\n")
                    .append("    active boolean NOT NULL DEFAULT true,\n")
                    .append("    created_at timestamp NOT NULL DEFAULT now(),\n")
                    .append("    updated_at timestamptz,\n")
                    .append("    due_date date,\n")
                    .append("    score double precision\n")
                    .append(");\n")
                    .append("CREATE INDEX ").append(t).append("_code_idx ON ").append(t).append(" (code);\n");
        }
        write(dir.resolve("base.sql"), base.toString());
        StringBuilder changes = new StringBuilder();
        int step = Math.max(1, tables / ADDED_COLUMNS);
        for (int i = 0; i < ADDED_COLUMNS; i++) {
            int k = 1 + (i * step) % tables;
            changes.append("ALTER TABLE t").append(k).append(" ADD COLUMN extra_").append(i)
                    .append(" varchar(50);\n");
        }
        int typeStep = Math.max(1, tables / CHANGED_TYPES);
        for (int i = 0; i < CHANGED_TYPES; i++) {
            int k = Math.min(tables, 2 + i * typeStep);
            changes.append("ALTER TABLE t").append(k).append(" ALTER COLUMN quantity TYPE bigint;\n");
        }
        write(dir.resolve("changes.sql"), changes.toString());
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
