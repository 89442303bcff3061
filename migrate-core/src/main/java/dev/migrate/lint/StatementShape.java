package dev.migrate.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of one SQL statement, as the lint reads them: keywords and identifiers upper-cased, quoted identifiers
 * as written, string literals, comments and punctuation other than parentheses and commas left out. Enough to
 * recognise {@code ALTER TABLE t ALTER COLUMN c SET NOT NULL} without a parser.
 *
 * @param words the words, in order
 */
public record StatementShape(List<String> words) {

    static StatementShape of(String sql) {
        List<String> words = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(sql, i, '\'');
                words.add("'");
            } else if (c == '"') {
                int end = skipQuoted(sql, i, '"');
                words.add(sql.substring(i, end));
                i = end;
            } else if (c == '`') {
                // A back-quoted identifier (MariaDB, MySQL) reads as the same name double-quoted.
                int end = skipQuoted(sql, i, '`');
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("``", "`");
                words.add('"' + name.replace("\"", "\"\"") + '"');
                i = end;
            } else if (c == '$') {
                int close = sql.indexOf('$', i + 1);
                if (close > i) {
                    String tag = sql.substring(i, close + 1);
                    int end = sql.indexOf(tag, close + 1);
                    i = end < 0 ? n : end + tag.length();
                    words.add("'");
                } else {
                    i++;
                }
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) == '.')) {
                    i++;
                }
                words.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            } else if (c == '(' || c == ')' || c == ',') {
                words.add(String.valueOf(c));
                i++;
            } else {
                i++;
            }
        }
        return new StatementShape(List.copyOf(words));
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    /** Whether the statement starts with these words. */
    public boolean startsWith(String... prefix) {
        if (words.size() < prefix.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (!words.get(k).equals(prefix[k])) {
                return false;
            }
        }
        return true;
    }

    /** The position of the first occurrence of these consecutive words at or after {@code from}, or -1. */
    public int find(int from, String... sequence) {
        outer:
        for (int k = Math.max(0, from); k + sequence.length <= words.size(); k++) {
            for (int j = 0; j < sequence.length; j++) {
                if (!words.get(k + j).equals(sequence[j])) {
                    continue outer;
                }
            }
            return k;
        }
        return -1;
    }

    public boolean contains(String... sequence) {
        return find(0, sequence) >= 0;
    }

    /** The word at {@code index}, or empty. */
    public String word(int index) {
        return index >= 0 && index < words.size() ? words.get(index) : "";
    }

    public int size() {
        return words.size();
    }

    /** The name after {@code keyword}, skipping IF [NOT] EXISTS and ONLY, in lower case. */
    public String nameAfter(String keyword) {
        int k = find(0, keyword) + 1;
        while (word(k).equals("IF") || word(k).equals("NOT") || word(k).equals("EXISTS") || word(k).equals("ONLY")) {
            k++;
        }
        return word(k).toLowerCase(Locale.ROOT);
    }

    /** The column named after the word at {@code index} ({@code COLUMN [IF EXISTS] c}). */
    public String columnAfter(int index) {
        return word(index + 1).equals("IF") ? word(index + 3) : word(index + 1);
    }

    /** Whether the {@code ADD} at {@code add} adds a constraint rather than a column. */
    public boolean addsConstraintAt(int add) {
        String what = word(add + 1);
        return what.equals("CONSTRAINT") || what.equals("PRIMARY") || what.equals("UNIQUE") || what.equals("CHECK")
                || what.equals("FOREIGN");
    }
}
