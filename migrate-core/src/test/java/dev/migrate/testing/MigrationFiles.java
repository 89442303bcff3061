package dev.migrate.testing;

import dev.migrate.script.ScriptWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/** Writes revision files into a directory for tests; file names sort in the order revisions are added. */
public final class MigrationFiles {

    private final Path directory;
    private LocalDateTime clock = LocalDateTime.of(2026, 11, 21, 9, 0);

    public MigrationFiles(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** A revision with an upgrade and a downgrade section. */
    public Path add(String id, String revises, String message, String upgrade, String downgrade) {
        List<String> parents = revises == null || revises.isEmpty() ? List.of() : List.of(revises.split("\\s*,\\s*"));
        clock = clock.plusMinutes(1);
        return write(ScriptWriter.fileName(clock, id, message),
                ScriptWriter.render(message, id, parents, clock, Set.of(), List.of(), upgrade, downgrade));
    }

    /** A revision whose upgrade section runs outside a transaction ({@code transaction:false}). */
    public Path addOutsideTransaction(String id, String revises, String message, String upgrade, String downgrade) {
        Path file = add(id, revises, message, upgrade, downgrade);
        try {
            return Files.writeString(file, Files.readString(file).replace("-- migrate:upgrade\n",
                    "-- migrate:upgrade transaction:false\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A revision with branch labels and dependencies (each comma-separated, empty for none), an upgrade and a
     * downgrade section.
     */
    public Path add(String id, String revises, String labels, String dependsOn, String message, String upgrade,
                    String downgrade) {
        clock = clock.plusMinutes(1);
        return write(ScriptWriter.fileName(clock, id, message), ScriptWriter.render(message, id, list(revises), clock,
                new java.util.LinkedHashSet<>(list(labels)), list(dependsOn), upgrade, downgrade));
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank() ? List.of()
                : List.of(commaSeparated.trim().split("\\s*,\\s*"));
    }

    /** A revision without a downgrade section. */
    public Path addWithoutDowngrade(String id, String revises, String message, String upgrade) {
        String text = ScriptWriter.render(message, id, revises == null ? List.of() : List.of(revises),
                clock.plusMinutes(1), Set.of(), List.of(), upgrade, "");
        clock = clock.plusMinutes(1);
        return write(ScriptWriter.fileName(clock, id, message), text.substring(0, text.indexOf("-- migrate:downgrade")));
    }

    /** Any text under any name. */
    public Path write(String name, String text) {
        try {
            Files.createDirectories(directory);
            return Files.writeString(directory.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
