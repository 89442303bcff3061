package dev.migrate.roundtrip;

/**
 * SQL text and where it comes from, for messages.
 *
 * @param location a file relative to {@code src/test/resources}, or a name such as {@code rendered upgrade}
 * @param text     the SQL, with {@code \n} line endings
 */
record SqlSource(String location, String text) {

    /** An empty schema. */
    static final SqlSource EMPTY = new SqlSource("(empty schema)", "");
}
