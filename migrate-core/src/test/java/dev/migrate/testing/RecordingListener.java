package dev.migrate.testing;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;

import java.util.ArrayList;
import java.util.List;

/** Keeps what migrate reported, for assertions. */
public final class RecordingListener implements MigrationListener {

    public final List<MigrationEvent> events = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();

    @Override
    public void event(MigrationEvent event) {
        events.add(event);
    }

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
