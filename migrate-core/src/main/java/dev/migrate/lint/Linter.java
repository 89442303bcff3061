package dev.migrate.lint;

import dev.migrate.lint.Finding.Category;
import dev.migrate.script.RevisionScript;
import dev.migrate.script.Section;
import dev.migrate.script.SqlStatement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a revision's upgrade statements and names what can lose data, lock out the application, or cannot be
 * undone. Rules read the statement's words ({@link StatementShape}), the section's transaction mode and what is
 * known of the schema before the revision ({@link LintContext}). A {@code -- migrate:lint-ignore CODE} comment on
 * the statement's lines silences a finding deliberately.
 *
 * <p>The rules every database shares are {@link StandardRules} (MG101-MG106, MG204); the dialect adds those about
 * its own locks and transactions ({@code Dialect.lintRules()}); MG301 says that the revision cannot be undone.
 */
public final class Linter {

    private static final Pattern IGNORE = Pattern.compile("migrate:lint-ignore\\s+([A-Za-z0-9_, ]+)",
            Pattern.CASE_INSENSITIVE);

    private final List<LintRule> rules;

    /** A lint with the shared rules followed by {@code dialectRules} (the dialect's {@code lintRules()}). */
    public Linter(List<LintRule> dialectRules) {
        List<LintRule> all = new ArrayList<>();
        all.add(new StandardRules());
        all.addAll(dialectRules);
        this.rules = List.copyOf(all);
    }

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
            LintedStatement linted = new LintedStatement(script, statement, shape, context, section.transactional(),
                    createdHere);
            rules.forEach(rule -> rule.check(linted));
            List<Finding> found = new ArrayList<>(linted.findings());
            Set<String> ignored = ignoredCodes(fileLines, statement);
            found.removeIf(f -> ignored.contains(f.code()));
            findings.addAll(found);
            if (shape.startsWith("CREATE", "TABLE") || shape.startsWith("CREATE", "UNLOGGED", "TABLE")) {
                createdHere.add(LintContext.plain(shape.nameAfter("TABLE")));
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
}
