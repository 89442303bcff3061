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

    @Override
    public boolean supportsEnumTypes() {
        return true;
    }
}
