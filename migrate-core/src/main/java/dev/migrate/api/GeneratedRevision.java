package dev.migrate.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link Migrator#generate} did.
 *
 * @param revision   the new revision id, or null when nothing was written
 * @param revises    the revisions it revises
 * @param file       the file written, or null when autogenerate found no changes
 * @param operations how many schema operations autogenerate wrote (0 for an empty revision)
 * @param warnings   what a reviewer must look at (possible renames, objects not compared, a failed verification)
 * @param verified   whether replaying the written file reproduced the schema files (and its downgrade the
 *                   previous schema); true for empty revisions
 */
public record GeneratedRevision(String revision, List<String> revises, Path file, int operations,
                                List<String> warnings, boolean verified) {

    public GeneratedRevision {
        revises = List.copyOf(revises);
        warnings = List.copyOf(warnings);
    }

    /** Whether autogenerate found no difference and wrote nothing. */
    public boolean noChanges() {
        return file == null;
    }
}
