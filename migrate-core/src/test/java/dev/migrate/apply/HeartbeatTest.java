package dev.migrate.apply;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.RevisionSummary;
import dev.migrate.testing.RecordingListener;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The line every interval while one statement runs, and none once it ended. */
class HeartbeatTest {

    private static final MigrationEvent.StillRunning RUNNING = new MigrationEvent.StillRunning(
            new RevisionSummary("a1b2", "Index orders", "db/migrations/x.sql"), "upgrade", 3, 5, 12, 0);

    @Test
    void beatsWhileTheStatementRunsAndStopsWhenItEnds() throws Exception {
        RecordingListener listener = new RecordingListener();
        Heartbeat heartbeat = new Heartbeat(listener, Duration.ofMillis(100));
        try (Heartbeat.Beat beat = heartbeat.start(RUNNING)) {
            Thread.sleep(450);
        }
        int beats = listener.events.size();
        assertThat(beats).isBetween(2, 5);
        assertThat(listener.events).allSatisfy(event -> assertThat(((MigrationEvent.StillRunning) event).describe())
                .matches("still running: a1b2 statement 3 of 5 \\(db/migrations/x\\.sql:12\\), \\d+ s"));
        Thread.sleep(300);
        assertThat(listener.events).as("no beat after the statement ended").hasSize(beats);
    }

    @Test
    void aQuickStatementNeverBeats() throws Exception {
        RecordingListener listener = new RecordingListener();
        Heartbeat heartbeat = new Heartbeat(listener, Duration.ofMillis(200));
        for (int k = 0; k < 20; k++) {
            heartbeat.start(RUNNING).close();
        }
        Thread.sleep(400);
        assertThat(listener.events).isEmpty();
    }

    @Test
    void describeSaysRevisionStatementPlaceAndTime() {
        assertThat(new MigrationEvent.StillRunning(RUNNING.revision(), "upgrade", 1, 1, 8, 40).describe())
                .isEqualTo("still running: a1b2 statement 1 of 1 (db/migrations/x.sql:8), 40 s");
    }
}
