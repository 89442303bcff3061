package dev.migrate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code bin/migrate} of the distribution that {@code package} unpacked (failsafe passes its place as
 * {@code migrate.distribution}) in a directory, with an environment free of the caller's {@code MIGRATE_*} and
 * {@code DATABASE_URL}.
 */
final class CliProcess {

    /** What a run printed and how it ended. */
    record Result(int exitCode, String out, String err) {

        /** Both streams, for failure messages and for "never printed" checks. */
        String all() {
            return "exit code " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CliProcess() {
    }

    static Path distribution() {
        String place = System.getProperty("migrate.distribution");
        if (place == null) {
            throw new IllegalStateException("migrate.distribution is not set: run the process-level tests with "
                    + "`mvn verify` (failsafe), after package has built the distribution");
        }
        Path home = Path.of(place);
        if (!Files.isExecutable(home.resolve("bin/migrate"))) {
            throw new IllegalStateException(home.resolve("bin/migrate") + " is missing or not executable");
        }
        return home;
    }

    static Result run(Path directory, String... args) {
        return run(directory, Map.of(), args);
    }

    static Result run(Path directory, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(distribution().resolve("bin/migrate").toString());
        command.addAll(List.of(args));
        return exec(directory, environment, command);
    }

    /** Runs any command (e.g. {@code java -jar}) the same way. */
    static Result exec(Path directory, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("MIGRATE_") || name.equals("DATABASE_URL")
                || name.equals("JAVA_OPTS"));
        env.putAll(new HashMap<>(environment));
        try {
            Path out = Files.createTempFile("migrate-cli-out", ".txt");
            Path err = Files.createTempFile("migrate-cli-err", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("migrate " + String.join(" ", command) + " did not end within 120 s");
            }
            Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
