package dev.migrate.dialect.postgres;

import java.nio.charset.StandardCharsets;

/** How PostgreSQL makes up names for what the user did not name (constraints, indexes, serial sequences). */
final class PostgresNames {

    /** NAMEDATALEN - 1: the longest name, in bytes. */
    static final int MAX_BYTES = 63;

    private PostgresNames() {
    }

    /**
     * {@code name1_name2_label} cut to 63 bytes the way PostgreSQL does: the longer of the two names loses a byte
     * at a time until everything fits, never splitting a character. {@code name2} may be null.
     */
    static String objectName(String name1, String name2, String label) {
        int overhead = label.getBytes(StandardCharsets.UTF_8).length + 1 + (name2 == null ? 0 : 1);
        int available = MAX_BYTES - overhead;
        int bytes1 = bytes(name1);
        int bytes2 = name2 == null ? 0 : bytes(name2);
        while (bytes1 + bytes2 > available) {
            if (bytes1 > bytes2) {
                bytes1--;
            } else {
                bytes2--;
            }
        }
        StringBuilder name = new StringBuilder(clip(name1, bytes1));
        if (name2 != null) {
            name.append('_').append(clip(name2, bytes2));
        }
        return name.append('_').append(label).toString();
    }

    /** {@code name} cut to at most {@code bytes} UTF-8 bytes without splitting a character. */
    static String clip(String name, int bytes) {
        int used = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > bytes) {
                break;
            }
            used += size;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    static int bytes(String name) {
        return name.getBytes(StandardCharsets.UTF_8).length;
    }
}
