package dev.migrate.dialect.postgres;

import dev.migrate.schema.diff.DiffHooks;
import dev.migrate.schema.model.QualifiedName;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's answers to the differ: it has enum types, and it names unnamed constraints and indexes
 * {@code <table>_pkey}, {@code <table>_<columns>_key}, {@code <table>_<column>_check} (or {@code <table>_check}),
 * {@code <table>_<columns>_fkey} and {@code <table>_<columns>_idx}, cut to 63 bytes, with a number after the label
 * when the name is taken.
 */
public final class PostgresDiffHooks implements DiffHooks {

    private static final Pattern LABEL_NUMBER = Pattern.compile("(.*)_(pkey|key|check|fkey|idx)([0-9]*)", Pattern.DOTALL);

    /** A cast such as {@code ::text}, {@code ::character varying}, {@code ::numeric(10,2)}, {@code ::public.mood[]}. */
    private static final Pattern CAST = Pattern.compile("::\\s*(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*)"
            + "(?:\\.(?:\"[^\"]+\"|[A-Za-z_][A-Za-z0-9_$]*))?"
            + "(?:\\s+(?:varying|precision|with\\s+time\\s+zone|without\\s+time\\s+zone))?"
            + "(?:\\s*\\(\\s*\\d+(?:\\s*,\\s*\\d+)?\\s*\\))?(?:\\s*\\[\\])*");
    private static final Pattern STRING = Pattern.compile("'(?:[^']|'')*'");
    /**
     * Parentheses around one token (an identifier, a qualified name, a number or a string literal) that are not a
     * function call's.
     */
    private static final Pattern SINGLE_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_$\"\\]])\\(\\s*('(?:[^']|'')*'|\"[^\"]+\"|[A-Za-z0-9_.$]+)\\s*\\)");
    private static final Pattern DOUBLED = Pattern.compile("(?<![A-Za-z0-9_$\"\\]])\\(\\(([^()]*)\\)\\)");

    /**
     * Casts are dropped, and parentheses around a single token or doubled around a group are removed, outside string
     * literals: PostgreSQL prints {@code status IN ('a', 'b')} on a varchar column as
     * {@code (status)::text = ANY ((ARRAY['a'::character varying, ...])::text[])}, and that text, created again,
     * as {@code ... ANY (ARRAY[('a'::character varying)::text, ...])}. Both compare equal in this form.
     */
    @Override
    public String normalizeExpression(String expression) {
        StringBuilder out = new StringBuilder();
        Matcher strings = STRING.matcher(expression);
        int at = 0;
        while (strings.find()) {
            out.append(CAST.matcher(expression.substring(at, strings.start())).replaceAll(""));
            out.append(strings.group());
            at = strings.end();
        }
        out.append(CAST.matcher(expression.substring(at)).replaceAll(""));
        String text = out.toString().replaceAll("\\s+", " ").strip();
        String previous;
        do {
            previous = text;
            text = SINGLE_TOKEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            text = DOUBLED.matcher(text).replaceAll(m -> Matcher.quoteReplacement("(" + m.group(1) + ")"));
        } while (!text.equals(previous));
        return text.replaceAll("\\(\\s+", "(").replaceAll("\\s+\\)", ")");
    }

    @Override
    public boolean isGeneratedName(NamedKind kind, QualifiedName table, String name) {
        Matcher m = LABEL_NUMBER.matcher(name);
        if (!m.matches() || !m.group(2).equals(label(kind))) {
            return false;
        }
        String label = m.group(2) + m.group(3);
        String columns = m.group(1);
        if (kind == NamedKind.PRIMARY_KEY || kind == NamedKind.CHECK) {
            if (name.equals(PostgresNames.objectName(table.name(), null, label))) {
                return true;
            }
            if (kind == NamedKind.PRIMARY_KEY) {
                return false;
            }
        }
        return withColumns(table.name(), columns, name);
    }

    /**
     * Whether {@code prefix} is the table's name (or, when the whole name had to be cut to 63 bytes, the start of
     * it), an underscore and a non-empty column part.
     */
    private static boolean withColumns(String table, String prefix, String name) {
        if (prefix.startsWith(table + "_") && prefix.length() > table.length() + 1) {
            return true;
        }
        boolean cut = PostgresNames.bytes(name) >= PostgresNames.MAX_BYTES - 3;
        for (int end = prefix.indexOf('_'); cut && end > 0; end = prefix.indexOf('_', end + 1)) {
            if (table.startsWith(prefix.substring(0, end)) && end < prefix.length() - 1) {
                return true;
            }
        }
        return false;
    }

    private static String label(NamedKind kind) {
        return switch (kind) {
            case PRIMARY_KEY -> "pkey";
            case UNIQUE -> "key";
            case CHECK -> "check";
            case FOREIGN_KEY -> "fkey";
            case INDEX -> "idx";
        };
    }
}
