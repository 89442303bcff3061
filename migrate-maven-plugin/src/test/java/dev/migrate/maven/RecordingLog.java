package dev.migrate.maven;

import org.apache.maven.plugin.logging.SystemStreamLog;

import java.util.ArrayList;
import java.util.List;

/** A Maven log that keeps every line, for assertions. */
final class RecordingLog extends SystemStreamLog {

    final List<String> lines = new ArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[INFO] " + content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[ERROR] " + content);
    }

    @Override
    public void debug(CharSequence content) {
        lines.add("[DEBUG] " + content);
    }

    String text() {
        return String.join("\n", lines);
    }
}
