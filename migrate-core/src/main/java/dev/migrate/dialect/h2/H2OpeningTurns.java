package dev.migrate.dialect.h2;

import dev.migrate.dialect.Dialect;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Processes that open one H2 file with {@code AUTO_SERVER=TRUE} at the same moment keep each other out: each writes
 * the file's {@code .lock.db} in turn, so each sees it "recently modified" or "locked by another process" without
 * the address of the process that serves it, and eight of them can go on like that for many seconds. migrate's
 * processes therefore take turns opening such a file, holding an operating-system lock on a small file of their own
 * (in the temporary directory, named after the database file) while H2 sorts out who serves it. Threads of one JVM
 * take turns as well, since the operating system lock belongs to the JVM.
 */
final class H2OpeningTurns {

    private static final Map<Path, Object> IN_THIS_JVM = new ConcurrentHashMap<>();
    private static final long POLL_MILLIS = 50;

    private H2OpeningTurns() {
    }

    static Connection whileOpening(String jdbcUrl, Duration patience, Dialect.Opener opener) throws SQLException {
        Optional<Path> file = sharedFile(jdbcUrl);
        if (file.isEmpty()) {
            return opener.open();
        }
        Path turn = Path.of(System.getProperty("java.io.tmpdir"), "migrate-h2-open-" + digest(file.get()) + ".lock");
        synchronized (IN_THIS_JVM.computeIfAbsent(turn, key -> new Object())) {
            try (FileChannel channel = FileChannel.open(turn, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = await(channel, patience);
                try {
                    return opener.open();
                } finally {
                    if (lock != null) {
                        lock.release();
                    }
                }
            } catch (IOException e) {
                // No turns to take (a read-only temporary directory): open as H2 would anyway.
                return opener.open();
            }
        }
    }

    /** The lock, or null once {@code patience} is over (then H2 sorts it out on its own). */
    private static FileLock await(FileChannel channel, Duration patience) throws IOException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null || System.nanoTime() > deadline) {
                return lock;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    /** The database file of an embedded URL with {@code AUTO_SERVER=TRUE}, made absolute as H2 does. */
    static Optional<Path> sharedFile(String jdbcUrl) {
        String rest = jdbcUrl.substring("jdbc:h2:".length());
        int semicolon = rest.indexOf(';');
        String settings = semicolon < 0 ? "" : rest.substring(semicolon).toUpperCase(Locale.ROOT);
        String name = semicolon < 0 ? rest : rest.substring(0, semicolon);
        if (!settings.contains(";AUTO_SERVER=TRUE")) {
            return Optional.empty();
        }
        if (name.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (name.matches("(?i)(mem|tcp|ssl|zip|split|nio\\w*|async|memFS|memLZF):.*")) {
            return Optional.empty();
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        return Optional.of(Path.of(name).toAbsolutePath().normalize());
    }

    private static String digest(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(file.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
