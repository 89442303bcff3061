package dev.migrate.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Java process started from a test with the test's own class path, whose output is collected line by line so the
 * test can wait for a line instead of sleeping.
 */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread reader;

    private ChildJvm(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "child-" + process.pid());
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Starts {@code mainClass} with {@code args}, with a small heap and quick start-up settings. */
    public static ChildJvm start(Class<?> mainClass, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx96m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_") || name.equals("DATABASE_URL"));
        return new ChildJvm(builder.start());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process is gone
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Waits for a line containing {@code fragment}; false when the process ended or the time ran out first. */
    public boolean awaitLine(String fragment, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        synchronized (lines) {
            while (true) {
                if (lines.stream().anyMatch(line -> line.contains(fragment))) {
                    return true;
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) {
                    return false;
                }
                lines.wait(Math.min(left, 200));
            }
        }
    }

    /** Waits for the process to end and returns its exit code. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child " + pid() + " did not end within " + seconds + " s; output:\n" + output());
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
        return process.exitValue();
    }

    /**
     * Kills the process with SIGKILL ({@link Process#destroyForcibly()} sends SIGKILL on Linux; the exit code, 137,
     * proves it) and waits for it to end.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return waitFor(30);
    }

    /** Everything the process printed so far. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    /** The value of the last line {@code RESULT <value>}, or null. */
    public String result() {
        synchronized (lines) {
            for (int k = lines.size() - 1; k >= 0; k--) {
                if (lines.get(k).startsWith("RESULT ")) {
                    return lines.get(k).substring("RESULT ".length());
                }
            }
            return null;
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
