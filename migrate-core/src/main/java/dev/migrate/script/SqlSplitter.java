package dev.migrate.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits SQL text into statements at top-level semicolons, and finds {@code -- migrate:} directives.
 *
 * <p>Semicolons do not split inside single-quoted strings (with {@code ''}), {@code E'...'} strings (with
 * backslash escapes), double-quoted or back-quoted identifiers, line and (nested) block comments, dollar-quoted
 * bodies ({@code $$...$$}, {@code $tag$...$tag$}) and SQL-standard {@code BEGIN ATOMIC ... END} bodies. Every
 * statement records the line it starts on, so errors can name {@code file:line}. Text that never ends (a string, a
 * comment or a dollar quote) is an error naming the line where it began.
 *
 * <p>With {@link SplitOptions#clientScriptSyntax()}, the text is read as the MySQL command-line client reads it: a line
 * {@code DELIMITER $$} between statements makes {@code $$} the terminator until the next {@code DELIMITER} line (so
 * procedure and trigger bodies keep their semicolons; the terminator is not part of the statement), {@code #} starts
 * a line comment, {@code --} does only when a space or the end of the line follows, backslashes escape in every quoted
 * string, and an executable comment ({@code /*! ... *}{@code /}, {@code /*M! ... *}{@code /}) is statement text.
 *
 * <p>A directive is a line comment {@code -- migrate:<name>} that starts a line outside any statement. A directive
 * inside a statement that lacks its semicolon ends that statement, so that a forgotten {@code ;} never moves SQL
 * from one section into the other, even when the directive is misspelt; only a statement annotation
 * ({@code lint-ignore}) stays part of the statement it sits in.
 */
public final class SqlSplitter {

    /** Directives that annotate the statement they sit in; every other directive ends an unterminated statement. */
    public static final Set<String> STATEMENT_DIRECTIVES = Set.of("lint-ignore", "renamed-from");

    private static final String DIRECTIVE_PREFIX = "migrate:";

    private final SplitOptions options;

    public SqlSplitter(SplitOptions options) {
        this.options = options;
    }

    /** Splits {@code text}, whose line endings are {@code \n}, into statements and directives, in order. */
    public List<SqlFragment> split(String text) {
        return new Run(text).run();
    }

    /** Splits {@code text} into statements only; a directive is an error. */
    public List<SqlStatement> statements(String text) {
        List<SqlStatement> statements = new ArrayList<>();
        for (SqlFragment fragment : split(text)) {
            if (fragment instanceof SqlStatement statement) {
                statements.add(statement);
            } else {
                throw new SqlSyntaxException(fragment.line(), "unexpected directive '-- migrate:"
                        + ((Directive) fragment).name() + "'");
            }
        }
        return statements;
    }

    /** One pass over one text; holds the cursor. */
    private final class Run {
        private final String s;
        private final int n;
        private final List<SqlFragment> out = new ArrayList<>();
        private int i;
        private int line = 1;
        /** Start offset and line of the statement being read, or -1 between statements. */
        private int start = -1;
        private int startLine;
        private int atomicDepth;
        private String previousWord = "";
        private boolean routineStatement;
        /** The terminator set by a {@code DELIMITER} line, or null for the semicolon. */
        private String delimiter;

        Run(String s) {
            this.s = s;
            this.n = s.length();
        }

        List<SqlFragment> run() {
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else if (delimiter != null && s.startsWith(delimiter, i)) {
                    endStatement(i);
                    i += delimiter.length();
                } else if (options.clientScriptSyntax() && start < 0 && (c == 'D' || c == 'd') && delimiterLine()) {
                    continue;
                } else if (c == '-' && peek(1) == '-' && (!options.clientScriptSyntax() || isSpaceOrEnd(peek(2)))) {
                    lineComment(2);
                } else if (c == '#' && options.clientScriptSyntax()) {
                    lineComment(1);
                } else if (c == '/' && peek(1) == '/' && options.slashSlashComments()) {
                    lineComment(2);
                } else if (c == '/' && peek(1) == '*' && !executableComment()) {
                    blockComment();
                } else if (c == '/' && peek(1) == '*') {
                    beginStatement();
                    blockComment();
                } else if (c == ';' && atomicDepth == 0 && delimiter == null) {
                    endStatement(i);
                    i++;
                } else {
                    beginStatement();
                    token(c);
                }
            }
            if (start >= 0) {
                endStatement(n);
            }
            return out;
        }

        private char peek(int ahead) {
            int j = i + ahead;
            return j < n ? s.charAt(j) : '\0';
        }

        private boolean isSpaceOrEnd(char c) {
            return c == '\0' || Character.isWhitespace(c);
        }

        /** At {@code /*}: whether it opens a MySQL executable comment, which is statement text, not a comment. */
        private boolean executableComment() {
            return options.clientScriptSyntax() && (peek(2) == '!' || (peek(2) == 'M' && peek(3) == '!'));
        }

        /**
         * At a {@code D} between statements: reads a line {@code DELIMITER <terminator>} if one starts here, sets the
         * terminator ({@code ;} sets the semicolon back) and returns true.
         */
        private boolean delimiterLine() {
            String keyword = "DELIMITER";
            if (!s.regionMatches(true, i, keyword, 0, keyword.length()) || !atLineStart(i)
                    || (i + keyword.length() < n && !Character.isWhitespace(s.charAt(i + keyword.length())))) {
                return false;
            }
            int end = s.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            String rest = s.substring(i + keyword.length(), end).strip();
            int space = 0;
            while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
                space++;
            }
            String terminator = rest.substring(0, space);
            if (terminator.isEmpty()) {
                throw new SqlSyntaxException(line, "DELIMITER at line " + line + " names no terminator; write e.g. "
                        + "DELIMITER $$ before a procedure body and DELIMITER ; after it");
            }
            if (terminator.contains("\\") || terminator.startsWith("'") || terminator.startsWith("\"")
                    || terminator.startsWith("`") || terminator.startsWith("--") || terminator.startsWith("#")
                    || terminator.startsWith("/*")) {
                throw new SqlSyntaxException(line, "DELIMITER " + terminator + " at line " + line + " would start a "
                        + "string, an identifier or a comment; choose another terminator, e.g. $$ or //");
            }
            delimiter = terminator.equals(";") ? null : terminator;
            i = end;
            return true;
        }

        private void beginStatement() {
            if (start < 0) {
                start = i;
                startLine = line;
                atomicDepth = 0;
                previousWord = "";
                routineStatement = false;
            }
        }

        private void endStatement(int end) {
            if (start >= 0) {
                String sql = s.substring(start, end).stripTrailing();
                int endLine = startLine + (int) sql.chars().filter(ch -> ch == '\n').count();
                out.add(new SqlStatement(sql, startLine, endLine));
            }
            start = -1;
            atomicDepth = 0;
        }

        private void token(char c) {
            if (c == '\'') {
                boolean escapes = options.clientScriptSyntax() || options.backslashStrings() && i > 0
                        && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e')
                        && (i < 2 || !isIdentifierPart(s.charAt(i - 2)));
                quoted('\'', escapes, "string literal");
            } else if (c == '"') {
                quoted('"', options.clientScriptSyntax(), options.clientScriptSyntax() ? "string literal" : "quoted identifier");
            } else if (c == '`' && options.backtickIdentifiers()) {
                quoted('`', false, "quoted identifier");
            } else if (c == '$' && options.dollarQuotes() && dollarQuote()) {
                return;
            } else if (isIdentifierStart(c)) {
                word();
            } else {
                i++;
            }
        }

        private void word() {
            int from = i;
            while (i < n && isIdentifierPart(s.charAt(i)) && (delimiter == null || !s.startsWith(delimiter, i))) {
                i++;
            }
            if (!options.beginAtomic()) {
                return;
            }
            String w = s.substring(from, i).toUpperCase(Locale.ROOT);
            if (w.equals("FUNCTION") || w.equals("PROCEDURE")) {
                routineStatement = true;
            }
            if (routineStatement) {
                if (w.equals("ATOMIC") && previousWord.equals("BEGIN")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && w.equals("CASE")) {
                    atomicDepth++;
                } else if (atomicDepth > 0 && w.equals("END")) {
                    atomicDepth--;
                }
            }
            previousWord = w;
        }

        private void quoted(char quote, boolean backslashEscapes, String what) {
            int openLine = line;
            i++;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '\n') {
                    line++;
                } else if (backslashEscapes && c == '\\') {
                    if (peek(1) == '\n') {
                        line++;
                    }
                    i += 2;
                    continue;
                } else if (c == quote) {
                    if (peek(1) == quote) {
                        i += 2;
                        continue;
                    }
                    i++;
                    return;
                }
                i++;
            }
            throw new SqlSyntaxException(openLine, "unterminated " + what + " (" + quote + ") starting at line " + openLine);
        }

        /** At a '$': reads a dollar-quoted body if one starts here and returns true; otherwise returns false. */
        private boolean dollarQuote() {
            if (i > 0 && isIdentifierPart(s.charAt(i - 1))) {
                return false; // '$' inside an identifier such as a$b
            }
            int j = i + 1;
            while (j < n && s.charAt(j) != '$') {
                char c = s.charAt(j);
                boolean ok = j == i + 1 ? isIdentifierStart(c) : isIdentifierPart(c) && c != '$';
                if (!ok || !options.dollarQuoteTags()) {
                    return false; // "$1" parameters, or a tag where tags are not allowed
                }
                j++;
            }
            if (j >= n) {
                return false;
            }
            String tag = s.substring(i, j + 1);
            int openLine = line;
            int close = s.indexOf(tag, j + 1);
            if (close < 0) {
                throw new SqlSyntaxException(openLine, "unterminated dollar-quoted body " + tag
                        + " starting at line " + openLine);
            }
            for (int k = i; k < close; k++) {
                if (s.charAt(k) == '\n') {
                    line++;
                }
            }
            i = close + tag.length();
            return true;
        }

        private void lineComment(int prefixLength) {
            int from = i;
            int end = s.indexOf('\n', i);
            if (end < 0) {
                end = n;
            }
            if (prefixLength == 2 && s.charAt(from) == '-' && atLineStart(from)) {
                directive(s.substring(from + 2, end).strip());
            }
            i = end;
        }

        private boolean atLineStart(int from) {
            for (int k = from - 1; k >= 0; k--) {
                char c = s.charAt(k);
                if (c == '\n') {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    return false;
                }
            }
            return true;
        }

        private void directive(String body) {
            if (!body.regionMatches(true, 0, DIRECTIVE_PREFIX, 0, DIRECTIVE_PREFIX.length())) {
                return;
            }
            String rest = body.substring(DIRECTIVE_PREFIX.length());
            int space = 0;
            while (space < rest.length() && !Character.isWhitespace(rest.charAt(space))) {
                space++;
            }
            String name = rest.substring(0, space);
            String arguments = rest.substring(space).strip();
            if (start >= 0) {
                if (STATEMENT_DIRECTIVES.contains(name.toLowerCase(Locale.ROOT))) {
                    return; // an annotation inside a statement stays part of it
                }
                endStatement(i);
            }
            out.add(new Directive(name, arguments, line));
        }

        private void blockComment() {
            int openLine = line;
            int depth = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '/' && peek(1) == '*') {
                    depth++;
                    i += 2;
                    if (!options.nestedBlockComments() && depth > 1) {
                        depth = 1;
                    }
                    continue;
                }
                if (c == '*' && peek(1) == '/') {
                    depth--;
                    i += 2;
                    if (depth == 0) {
                        return;
                    }
                    continue;
                }
                if (c == '\n') {
                    line++;
                }
                i++;
            }
            throw new SqlSyntaxException(openLine, "unterminated block comment (/*) starting at line " + openLine);
        }
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
