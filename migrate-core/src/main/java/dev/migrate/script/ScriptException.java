package dev.migrate.script;

/**
 * A revision file (or a set of them) that cannot be used. The message starts with {@code file:line} and says what
 * to do about it.
 */
public final class ScriptException extends RuntimeException {

    private final String location;
    private final int line;
    private final String reason;

    /**
     * @param location the file, as shown to users
     * @param line     the 1-based line, or 0 when the problem concerns the whole file
     * @param reason   what is wrong and what to do
     */
    public ScriptException(String location, int line, String reason) {
        super(location + (line > 0 ? ":" + line : "") + ": " + reason);
        this.location = location;
        this.line = line;
        this.reason = reason;
    }

    public String location() {
        return location;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
