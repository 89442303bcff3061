package dev.migrate.script;

/** The splitter met text it cannot split safely, such as a string that never ends. */
public final class SqlSyntaxException extends RuntimeException {

    private final int line;

    public SqlSyntaxException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The 1-based line the problem starts on. */
    public int line() {
        return line;
    }
}
