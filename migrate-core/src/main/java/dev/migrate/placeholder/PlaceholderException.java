package dev.migrate.placeholder;

/**
 * A placeholder that cannot be replaced, or a placeholder setting that cannot be used. Whoever replaced the text
 * adds the file and line; {@link #line()} is relative to that text.
 */
public final class PlaceholderException extends RuntimeException {

    private final int line;

    public PlaceholderException(String message, int line) {
        super(message);
        this.line = line;
    }

    /** The line within the replaced text where the placeholder is, 0 for its first line. */
    public int line() {
        return line;
    }
}
