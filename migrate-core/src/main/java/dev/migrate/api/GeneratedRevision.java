package dev.migrate.api;

import java.nio.file.Path;
import java.util.List;

/**
 * A revision file that {@link Migrator#generate} wrote.
 *
 * @param revision the new revision id
 * @param revises  the revisions it revises
 * @param file     the file written
 */
public record GeneratedRevision(String revision, List<String> revises, Path file) {
}
