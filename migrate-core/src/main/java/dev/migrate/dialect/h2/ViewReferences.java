package dev.migrate.dialect.h2;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the dotted names in a view definition as H2 stores it ({@code "PUBLIC"."ORDERS"."ID"}), so that the
 * introspector can tell which tables and views a view reads. String literals are skipped; unquoted identifiers are
 * folded to upper case.
 */
final class ViewReferences {

    private ViewReferences() {
    }

    /** Every chain of identifiers joined by dots, in order of appearance (single identifiers included). */
    static List<List<String>> identifierChains(String sql) {
        List<List<String>> chains = new ArrayList<>();
        List<String> chain = null;
        boolean afterDot = false;
        int k = 0;
        while (k < sql.length()) {
            char c = sql.charAt(k);
            if (c == '"' || Character.isLetter(c) || c == '_') {
                int end = c == '"' ? endOfQuoted(sql, k, '"') : endOfWord(sql, k);
                String identifier = c == '"' ? sql.substring(k + 1, Math.max(k + 1, end - 1)).replace("\"\"", "\"")
                        : sql.substring(k, end).toUpperCase(Locale.ROOT);
                if (chain == null || !afterDot) {
                    chain = new ArrayList<>();
                    chains.add(chain);
                }
                chain.add(identifier);
                afterDot = false;
                k = end;
            } else if (c == '.' && chain != null && !afterDot) {
                afterDot = true;
                k++;
            } else {
                chain = null;
                afterDot = false;
                k = c == '\'' ? endOfQuoted(sql, k, '\'') : k + 1;
            }
        }
        return chains;
    }

    /** The index after the closing quote of the quoted text at {@code start} (doubled quotes escape). */
    private static int endOfQuoted(String sql, int start, char quote) {
        int k = start + 1;
        while (k < sql.length()) {
            if (sql.charAt(k) == quote) {
                if (k + 1 < sql.length() && sql.charAt(k + 1) == quote) {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            k++;
        }
        return sql.length();
    }

    private static int endOfWord(String sql, int start) {
        int k = start;
        while (k < sql.length() && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_'
                || sql.charAt(k) == '$')) {
            k++;
        }
        return k;
    }
}
