package dev.migrate.dialect;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a database's dump tool as a process for {@link DatabaseDump}: found on the {@code PATH}, the password handed
 * over in the environment (never in the arguments, which other users of the machine can see), its error output kept
 * for the message when it fails.
 */
public final class DumpTool {

    private DumpTool() {
    }

    /** The first of {@code names} that is an executable on the {@code PATH}. */
    public static Optional<Path> find(String... names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        for (String name : names) {
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isBlank()) {
                    continue;
                }
                for (String candidate : windows ? List.of(name + ".exe", name) : List.of(name)) {
                    Path file = Path.of(directory, candidate);
                    if (Files.isRegularFile(file) && Files.isExecutable(file)) {
                        return Optional.of(file);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Runs {@code command} with {@code environment} added, and fails with its error output unless it exits with 0.
     * The output goes to a file the arguments name.
     */
    public static void run(List<String> command, Map<String, String> environment)
            throws DatabaseDump.DumpException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        try {
            Path errors = Files.createTempFile("migrate-dump", ".err");
            try {
                builder.redirectError(errors.toFile());
                int exit = builder.start().waitFor();
                if (exit != 0) {
                    String said = Files.readString(errors, StandardCharsets.UTF_8).strip();
                    throw new DatabaseDump.DumpException(Path.of(command.get(0)).getFileName() + " failed (exit code "
                            + exit + ")" + (said.isEmpty() ? "." : ": " + said.lines().limit(5)
                            .reduce((a, b) -> a + " / " + b).orElse("")));
                }
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new DatabaseDump.DumpException("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseDump.DumpException("interrupted while " + command.get(0) + " ran.");
        }
    }
}
