package dev.migrate.guard;

import dev.migrate.apply.JournalFacts;

import java.util.List;
import java.util.Optional;

/**
 * What the version tables say, read in two queries.
 *
 * @param rows    the version rows, or empty when the version table does not exist
 * @param journal what the journal says per revision, or empty when the journal does not exist
 */
public record DatabaseState(Optional<List<String>> rows, Optional<JournalFacts> journal) {

    /** The applied heads ({@code base}: none). */
    public List<String> heads() {
        return rows.orElse(List.of());
    }

    public JournalFacts facts() {
        return journal.orElse(JournalFacts.EMPTY);
    }

    /** Whether both tables exist. */
    public boolean tablesExist() {
        return rows.isPresent() && journal.isPresent();
    }
}
