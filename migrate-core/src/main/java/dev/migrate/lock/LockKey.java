package dev.migrate.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The digest from which a database lock's key or name is made: SHA-256 of a text that names the version table, so
 * that every migrate working on one version table takes the same lock and those on different ones never wait for each
 * other. Each dialect keeps its own text and cut of the digest (PostgreSQL a 64-bit advisory key, MariaDB a lock name
 * of at most 64 characters): changing either would let an old and a new migrate run side by side.
 */
public final class LockKey {

    private LockKey() {
    }

    /** SHA-256 of {@code text} in UTF-8. */
    public static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
