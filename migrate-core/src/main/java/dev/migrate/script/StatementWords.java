package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The words of one statement, enough to recognise a few shapes ({@code CREATE INDEX CONCURRENTLY name
 * ON table}, {@code ALTER TYPE t ADD VALUE 'v'}) and read the names in them as the catalog stores them. Comments are
 * skipped; a string literal is one word holding its value; a dollar-quoted body is one word; a quoted identifier keeps
 * its case. Not a parser: a shape it does not recognise is simply not recognised.
 */
public final class StatementWords {

    /** One word: its text (a literal's value, an identifier without its quotes) and what kind of word it is. */
    public record Word(String text, Kind kind) {

        /** Whether this is the keyword (or unquoted identifier) {@code keyword}, in any case. */
        public boolean is(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }
    }

    /** Kinds of words. */
    public enum Kind {
        /** A keyword or an unquoted identifier. */
        WORD,
        /** A quoted identifier. */
        QUOTED,
        /** A string literal. */
        STRING,
        /** A dollar-quoted body. */
        BODY,
        /** One character of punctuation. */
        SYMBOL
    }

    private final List<Word> words;
    private int at;

    private StatementWords(List<Word> words) {
        this.words = words;
    }

    /** The words of {@code sql}. */
    public static StatementWords of(String sql) {
        List<Word> words = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                StringBuilder text = new StringBuilder();
                int k = i + 1;
                while (k < n) {
                    if (sql.charAt(k) == c) {
                        if (k + 1 < n && sql.charAt(k + 1) == c) {
                            text.append(c);
                            k += 2;
                            continue;
                        }
                        break;
                    }
                    text.append(sql.charAt(k++));
                }
                words.add(new Word(text.toString(), c == '\'' ? Kind.STRING : Kind.QUOTED));
                i = Math.min(n, k + 1);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                words.add(new Word(end < 0 ? sql.substring(i + tag.length()) : sql.substring(i + tag.length(), end),
                        Kind.BODY));
                i = end < 0 ? n : end + tag.length();
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$')) {
                    i++;
                }
                words.add(new Word(sql.substring(start, i), Kind.WORD));
            } else {
                words.add(new Word(String.valueOf(c), Kind.SYMBOL));
                i++;
            }
        }
        return new StatementWords(words);
    }

    /** {@code $$} or {@code $tag$} at {@code i}, or null. */
    private static String dollarTag(String sql, int i) {
        int k = i + 1;
        while (k < sql.length() && (Character.isLetterOrDigit(sql.charAt(k)) || sql.charAt(k) == '_')) {
            k++;
        }
        return k < sql.length() && sql.charAt(k) == '$' ? sql.substring(i, k + 1) : null;
    }

    /** All words. */
    public List<Word> words() {
        return words;
    }

    /** Whether the statement starts with these keywords. */
    public boolean startsWith(String... keywords) {
        if (words.size() < keywords.length) {
            return false;
        }
        for (int k = 0; k < keywords.length; k++) {
            if (!words.get(k).is(keywords[k])) {
                return false;
            }
        }
        return true;
    }

    /** Whether the keyword appears anywhere (outside literals, bodies and comments). */
    public boolean contains(String keyword) {
        return words.stream().anyMatch(w -> w.is(keyword));
    }

    /** Moves to the start. */
    public StatementWords rewind() {
        at = 0;
        return this;
    }

    /** Consumes the keyword if it comes next. */
    public boolean accept(String keyword) {
        if (at < words.size() && words.get(at).is(keyword)) {
            at++;
            return true;
        }
        return false;
    }

    /** Consumes these keywords if they come next, all of them. */
    public boolean accept(String... keywords) {
        int start = at;
        for (String keyword : keywords) {
            if (!accept(keyword)) {
                at = start;
                return false;
            }
        }
        return true;
    }

    /**
     * Consumes a possibly qualified name ({@code a}, {@code "A"}, {@code s.a}) and returns its parts as the catalog
     * stores them: unquoted parts folded by {@code fold}, quoted ones as written.
     */
    public Optional<List<String>> name(UnaryOperator<String> fold) {
        List<String> parts = new ArrayList<>();
        int start = at;
        while (at < words.size()) {
            Word word = words.get(at);
            if (word.kind() == Kind.WORD) {
                parts.add(fold.apply(word.text()));
            } else if (word.kind() == Kind.QUOTED) {
                parts.add(word.text());
            } else {
                break;
            }
            at++;
            if (at < words.size() && words.get(at).kind() == Kind.SYMBOL && words.get(at).text().equals(".")) {
                at++;
            } else {
                return Optional.of(parts);
            }
        }
        at = start;
        return Optional.empty();
    }

    /** Consumes a string literal and returns its value. */
    public Optional<String> string() {
        if (at < words.size() && words.get(at).kind() == Kind.STRING) {
            return Optional.of(words.get(at++).text());
        }
        return Optional.empty();
    }

    /** The upper-case text of the first word, or empty. */
    public String first() {
        return words.isEmpty() ? "" : words.get(0).text().toUpperCase(Locale.ROOT);
    }
}
