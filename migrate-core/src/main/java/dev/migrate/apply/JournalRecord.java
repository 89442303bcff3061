package dev.migrate.apply;

import java.time.Instant;

/**
 * A journal row as read back, without the stored file text (fetch it with {@link VersionStore#readScript}).
 *
 * @param id              the row's id
 * @param revision        the revision
 * @param direction       upgrade, downgrade, repair, ...
 * @param state           how the step ended
 * @param checksum        the checksum recorded, or null
 * @param appliedBy       who ran it
 * @param startedAt       when
 * @param statementsTotal statements in its section
 * @param statementsDone  statements that completed
 * @param errorLine       the line of the statement that failed, or null
 * @param errorMessage    the database's error, or null
 * @param hasScript       whether the row keeps the file's text
 */
public record JournalRecord(long id, String revision, String direction, StepState state, String checksum,
                            String appliedBy, Instant startedAt, int statementsTotal, int statementsDone,
                            Integer errorLine, String errorMessage, boolean hasScript) {
}
