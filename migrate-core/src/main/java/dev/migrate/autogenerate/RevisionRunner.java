package dev.migrate.autogenerate;

import dev.migrate.script.ScriptDirectory;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Runs revisions on a shadow database exactly as they run on a real one (same planning, same executor, same
 * version tables), quietly. The facade provides it; autogenerate only says what to replay.
 */
public interface RevisionRunner {

    /** Upgrades to {@code target} (a revision, a label, or {@code heads}); returns how many revisions ran. */
    int upgrade(ScriptDirectory scripts, String target) throws SQLException, IOException;

    /** Downgrades to {@code target} (e.g. {@code <revision>-1}). */
    void downgrade(ScriptDirectory scripts, String target) throws SQLException, IOException;

    /** Undoes exactly {@code revision}, which nothing applied may need. */
    void undo(ScriptDirectory scripts, String revision) throws SQLException;
}
