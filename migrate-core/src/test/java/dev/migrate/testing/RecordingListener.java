package dev.migrate.testing;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what migrate reported, for assertions; safe to share between threads. */
public final class RecordingListener implements MigrationListener {

    public final List<MigrationEvent> events = new CopyOnWriteArrayList<>();
    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> warnings = new CopyOnWriteArrayList<>();

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
