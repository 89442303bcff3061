package dev.migrate.script;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksum stored for applied revisions. */
public final class Checksums {

    private Checksums() {
    }

    /** SHA-256 of the UTF-8 bytes of {@code normalizedText} (BOM dropped, line endings folded), as lower-case hex. */
    public static String sha256(String normalizedText) {
        return sha256Hex(normalizedText.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of {@code bytes}, as lower-case hex. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
