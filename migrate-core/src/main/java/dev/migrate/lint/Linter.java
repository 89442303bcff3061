package dev.migrate.lint;

import dev.migrate.lint.Finding.Category;
import dev.migrate.schema.model.ColumnType;
import dev.migrate.schema.ops.TypeChanges;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.Section;
import dev.migrate.script.SqlStatement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a revision's upgrade statements and names what can lose data, lock out the application, or cannot be
 * undone. Rules read the statement's words ({@link StatementShape}), the section's transaction mode and what is
 * known of the schema before the revision ({@link LintContext}). A {@code -- migrate:lint-ignore CODE} comment on
 * the statement's lines silences a finding deliberately.
 *
 * <table>
 *   <tr><th>code</th><th>finding</th></tr>
 *   <tr><td>MG101</td><td>DROP TABLE of a table that holds data</td></tr>
 *   <tr><td>MG102</td><td>DROP COLUMN</td></tr>
 *   <tr><td>MG103</td><td>a type change that narrows (shorter, smaller, another kind)</td></tr>
 *   <tr><td>MG104</td><td>TRUNCATE, or DELETE without WHERE</td></tr>
 *   <tr><td>MG105</td><td>DROP SCHEMA</td></tr>
 *   <tr><td>MG106</td><td>a statement whose effect the lint cannot see (DO, EXECUTE, CALL, a Java migration)</td></tr>
 *   <tr><td>MG201</td><td>CREATE INDEX without CONCURRENTLY on an existing table (PostgreSQL)</td></tr>
 *   <tr><td>MG202</td><td>SET NOT NULL on an existing table scans it under an exclusive lock (PostgreSQL)</td></tr>
 *   <tr><td>MG203</td><td>a type change that rewrites the table (PostgreSQL)</td></tr>
 *   <tr><td>MG204</td><td>ADD COLUMN ... NOT NULL without DEFAULT on an existing table</td></tr>
 *   <tr><td>MG205</td><td>ALTER TYPE ... ADD VALUE inside a transaction (PostgreSQL)</td></tr>
 *   <tr><td>MG206</td><td>a validating FOREIGN KEY or CHECK on an existing table (PostgreSQL)</td></tr>
 *   <tr><td>MG207</td><td>CONCURRENTLY inside a transaction (PostgreSQL): the statement fails</td></tr>
 *   <tr><td>MG301</td><td>the revision cannot be undone</td></tr>
 * </table>
 */
public final class Linter {

    /** {@code WHERE 1 = 1} and the like, up to the end of the statement or its RETURNING. */
    private static final Pattern ALWAYS_EQUAL = Pattern.compile("(?i)\\bWHERE\\s+\\(?\\s*(\\d+)\\s*=\\s*\\1\\s*\\)?\\s*"
            + "(?:RETURNING\\b.*)?$", Pattern.DOTALL);
    private static final Pattern IGNORE = Pattern.compile("migrate:lint-ignore\\s+([A-Za-z0-9_, ]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The findings of one revision's upgrade section, minus those its {@code -- migrate:lint-ignore} comments silence
     * (read from the file's text, on the statement's lines).
     */
    public List<Finding> lint(RevisionScript script, LintContext context) {
        Section upgrade = script.upgrade();
        List<Finding> findings = lint(script, upgrade, context);
        script.whyIrreversible().ifPresent(why -> findings.add(new Finding("MG301", Category.IRREVERSIBLE,
                script.revision(), script.location(), upgrade.line(), "-- migrate:upgrade",
                "the revision cannot be undone: " + why + ".",
                "add a downgrade section, or keep -- migrate:irreversible with a reason if that is deliberate")));
        return findings;
    }

    /**
     * The findings of one section of a revision (its upgrade, or its downgrade for a downgrade about to run), minus
     * those its {@code -- migrate:lint-ignore} comments silence.
     */
    public List<Finding> lint(RevisionScript script, Section section, LintContext context) {
        List<Finding> findings = new ArrayList<>();
        if (section.isJava()) {
            SqlStatement call = section.statements().get(0);
            findings.add(new Finding("MG106", Category.OPAQUE, script.revision(), script.location(), call.line(),
                    call.summary(), "is a Java migration: the lint cannot see what it does, so it may lose data.",
                    "review the class; run it deliberately with -Dmigrate.allowDestructive=true"));
            return findings;
        }
        List<String> fileLines = List.of(script.text().split("\n", -1));
        Set<String> createdHere = new HashSet<>();
        for (SqlStatement statement : section.statements()) {
            StatementShape shape = StatementShape.of(statement.sql());
            Rules rules = new Rules(script, statement, shape, context, section.transactional(), createdHere);
            List<Finding> found = rules.check();
            Set<String> ignored = ignoredCodes(fileLines, statement);
            found.removeIf(f -> ignored.contains(f.code()));
            findings.addAll(found);
            if (shape.startsWith("CREATE", "TABLE") || shape.startsWith("CREATE", "UNLOGGED", "TABLE")) {
                createdHere.add(LintContext.plain(Rules.nameAfter(shape, "TABLE")));
            }
        }
        return findings;
    }

    private static Set<String> ignoredCodes(List<String> lines, SqlStatement statement) {
        Set<String> codes = new HashSet<>();
        for (int k = statement.line(); k <= statement.endLine() && k <= lines.size(); k++) {
            Matcher m = IGNORE.matcher(lines.get(k - 1));
            while (m.find()) {
                for (String code : m.group(1).split("[,\\s]+")) {
                    if (!code.isBlank()) {
                        codes.add(code.strip().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return codes;
    }

    /** The rules, applied to one statement. */
    private static final class Rules {
        private final RevisionScript script;
        private final SqlStatement statement;
        private final StatementShape shape;
        private final LintContext context;
        private final boolean transactional;
        private final Set<String> createdHere;
        private final List<Finding> findings = new ArrayList<>();

        Rules(RevisionScript script, SqlStatement statement, StatementShape shape, LintContext context,
              boolean transactional, Set<String> createdHere) {
            this.script = script;
            this.statement = statement;
            this.shape = shape;
            this.context = context;
            this.transactional = transactional;
            this.createdHere = createdHere;
        }

        List<Finding> check() {
            if (shape.startsWith("DROP", "TABLE")) {
                String table = nameAfter(shape, "TABLE");
                if (holdsData(table)) {
                    add("MG101", Category.DATA_LOSS, "drops table " + table + " and all its rows.",
                            "back the data up, or rename the table now and drop it in a later release");
                }
            } else if (shape.startsWith("TRUNCATE")) {
                add("MG104", Category.DATA_LOSS, "deletes every row of " + nameAfter(shape, "TRUNCATE") + ".",
                        "make sure the rows are not needed, or copy them elsewhere first");
            } else if (shape.startsWith("DELETE", "FROM") && !shape.contains("WHERE")) {
                add("MG104", Category.DATA_LOSS, "deletes every row of " + nameAfter(shape, "FROM") + " (no WHERE).",
                        "add a WHERE clause, or make sure the rows are not needed");
            } else if (shape.startsWith("DELETE", "FROM") && alwaysTrue()) {
                add("MG104", Category.DATA_LOSS, "deletes every row of " + nameAfter(shape, "FROM") + " (its WHERE "
                        + "is always true).", "make sure the rows are not needed");
            } else if (shape.startsWith("DO") || shape.startsWith("EXECUTE") || shape.startsWith("CALL")) {
                add("MG106", Category.OPAQUE, "runs code the lint cannot see into (" + shape.word(0) + "), so it may "
                        + "lose data.", "check what it does; accept it with -- migrate:lint-ignore MG106");
            } else if (shape.startsWith("DROP", "SCHEMA")) {
                add("MG105", Category.DATA_LOSS, "drops schema " + nameAfter(shape, "SCHEMA")
                        + (shape.contains("CASCADE") ? " and everything in it." : "."),
                        "make sure nothing in it is needed");
            } else if (shape.startsWith("ALTER", "TABLE")) {
                alterTable();
            } else if (shape.startsWith("CREATE", "INDEX") || shape.startsWith("CREATE", "UNIQUE", "INDEX")) {
                createIndex();
            } else if (context.isPostgres() && shape.startsWith("ALTER", "TYPE") && shape.contains("ADD", "VALUE")
                    && transactional) {
                add("MG205", Category.LOCKING, "adds an enum value inside a transaction: the value cannot be used "
                        + "until it commits (and PostgreSQL before 12 refuses it).",
                        "put it in its own revision whose section says -- migrate:upgrade transaction:false");
            }
            if (context.isPostgres() && transactional && shape.contains("CONCURRENTLY")) {
                add("MG207", Category.LOCKING, "uses CONCURRENTLY inside a transaction, where PostgreSQL refuses it.",
                        "mark the section -- migrate:upgrade transaction:false");
            }
            return findings;
        }

        /** {@code WHERE TRUE}, {@code WHERE NOT FALSE}, {@code WHERE 1 = 1}: a condition that deletes every row. */
        private boolean alwaysTrue() {
            int where = shape.find(0, "WHERE");
            List<String> condition = new ArrayList<>(shape.words().subList(where + 1, shape.size()));
            int returning = condition.indexOf("RETURNING");
            if (returning >= 0) {
                condition = condition.subList(0, returning);
            }
            condition.removeIf(word -> word.equals("(") || word.equals(")"));
            return condition.equals(List.of("TRUE")) || condition.equals(List.of("NOT", "FALSE"))
                    || ALWAYS_EQUAL.matcher(statement.sql()).find();
        }

        private void alterTable() {
            String table = nameAfter(shape, "TABLE");
            boolean existing = !createdHere.contains(LintContext.plain(table)) && context.tableExists(table);
            int drop = shape.find(0, "DROP");
            if (drop > 0 && !isDropOfSomethingElse(drop)) {
                String column = shape.word(drop + 1).equals("COLUMN") ? columnAfter(drop + 1) : shape.word(drop + 1);
                if (existing) {
                    add("MG102", Category.DATA_LOSS, "drops column " + table + "." + LintContext.plain(column)
                            + " and its values.",
                            "stop using the column in one release, drop it in the next; back the values up if needed");
                }
            }
            int type = typeChange();
            if (type > 0 && existing) {
                String column = columnAfter(shape.find(0, "ALTER", "COLUMN") >= 0 ? shape.find(0, "ALTER", "COLUMN") + 1
                        : shape.find(2, "ALTER"));
                Optional<ColumnType> before = context.columnType(table, column);
                ColumnType after = SqlTypes.parse(shape, type + 1);
                Optional<String> narrowing = before.flatMap(b -> TypeChanges.narrowing(b, after));
                narrowing.ifPresent(why -> add("MG103", Category.DATA_LOSS, "changes " + table + "."
                        + LintContext.plain(column) + " from " + before.get().sql() + " to " + after.sql() + ": " + why
                        + ".", "check that every value fits, or widen instead"));
                boolean cheap = before.isPresent() && narrowing.isEmpty() && SqlTypes.widensInPlace(before.get(), after);
                if (context.isPostgres() && !cheap) {
                    add("MG203", Category.LOCKING, "changes the type of " + table + "." + LintContext.plain(column)
                            + ", which rewrites the table under an exclusive lock.",
                            "for a big table: add a new column, backfill it in batches, then switch over");
                }
            }
            if (context.isPostgres() && existing && shape.contains("SET", "NOT", "NULL")) {
                add("MG202", Category.LOCKING, "SET NOT NULL scans all of " + table + " under an exclusive lock.",
                        "add CHECK (column IS NOT NULL) NOT VALID, VALIDATE it later, then SET NOT NULL (no scan)");
            }
            int add = shape.find(0, "ADD");
            if (add > 0 && existing && !isAddOfConstraint(add) && shape.find(add, "NOT", "NULL") > 0
                    && shape.find(add, "DEFAULT") < 0 && shape.find(add, "GENERATED") < 0
                    && !shape.words().stream().anyMatch(w -> w.endsWith("SERIAL"))) {
                add("MG204", Category.LOCKING, "adds a NOT NULL column without a default to " + table
                        + ": it fails as soon as the table has rows.",
                        "give it a DEFAULT, or add it nullable, fill it, then SET NOT NULL");
            }
            if (context.isPostgres() && existing && add > 0 && isAddOfConstraint(add) && !shape.contains("NOT", "VALID")
                    && (shape.contains("FOREIGN", "KEY") || shape.contains("CHECK"))) {
                add("MG206", Category.LOCKING, "adds a " + (shape.contains("CHECK") ? "check constraint" : "foreign key")
                        + " that scans " + table + " while blocking writes.",
                        "add it NOT VALID, then VALIDATE CONSTRAINT in a later revision");
            }
        }

        private boolean isDropOfSomethingElse(int drop) {
            String what = shape.word(drop + 1);
            return what.equals("CONSTRAINT") || what.equals("DEFAULT") || what.equals("NOT") || what.equals("IDENTITY")
                    || what.equals("EXPRESSION") || what.equals("PRIMARY") || what.equals("INDEX");
        }

        private boolean isAddOfConstraint(int add) {
            String what = shape.word(add + 1);
            return what.equals("CONSTRAINT") || what.equals("PRIMARY") || what.equals("UNIQUE") || what.equals("CHECK")
                    || what.equals("FOREIGN");
        }

        /** The index of {@code TYPE} in {@code ALTER COLUMN c [SET DATA] TYPE t}, or -1. */
        private int typeChange() {
            int alter = shape.find(2, "ALTER");
            if (alter < 0) {
                return -1;
            }
            int type = shape.find(alter, "TYPE");
            return type > alter && type <= alter + 5 ? type : -1;
        }

        private String columnAfter(int index) {
            return shape.word(index + 1).equals("IF") ? shape.word(index + 3) : shape.word(index + 1);
        }

        private void createIndex() {
            if (!context.isPostgres() || shape.contains("CONCURRENTLY")) {
                return;
            }
            int on = shape.find(0, "ON");
            String table = shape.word(on + 1).equals("ONLY") ? shape.word(on + 2) : shape.word(on + 1);
            if (on > 0 && !createdHere.contains(LintContext.plain(table)) && context.tableExists(table)) {
                add("MG201", Category.LOCKING, "builds an index on " + table + " while blocking writes to it.",
                        "use CREATE INDEX CONCURRENTLY in a section marked -- migrate:upgrade transaction:false");
            }
        }

        /** Whether the table existed before the revision (a table created on the way holds nothing to lose yet). */
        private boolean holdsData(String table) {
            return !createdHere.contains(LintContext.plain(table)) && context.tableExists(table);
        }

        private void add(String code, Category category, String reason, String fix) {
            findings.add(new Finding(code, category, script.revision(), script.location(), statement.line(),
                    statement.summary(), reason, fix));
        }

        /** The name after {@code keyword}, skipping IF [NOT] EXISTS and ONLY. */
        static String nameAfter(StatementShape shape, String keyword) {
            int k = shape.find(0, keyword) + 1;
            while (shape.word(k).equals("IF") || shape.word(k).equals("NOT") || shape.word(k).equals("EXISTS")
                    || shape.word(k).equals("ONLY")) {
                k++;
            }
            return shape.word(k).toLowerCase(Locale.ROOT);
        }
    }
}
