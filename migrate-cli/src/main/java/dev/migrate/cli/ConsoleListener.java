package dev.migrate.cli;

import dev.migrate.report.MigrationEvent;
import dev.migrate.report.MigrationListener;
import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;

/**
 * Prints migrate's progress for people, on standard error (standard output carries the command's result, e.g. its
 * JSON): a line when a revision starts, one with its time when it ends. Colour only on a terminal.
 */
final class ConsoleListener implements MigrationListener {

    private final PrintWriter err;
    private final Ansi ansi;

    ConsoleListener(PrintWriter err, Ansi ansi) {
        this.err = err;
        this.ansi = ansi;
    }

    @Override
    public void event(MigrationEvent event) {
        if (event instanceof MigrationEvent.Started started) {
            line("@|bold " + capitalised(started.direction()) + " " + started.index() + "/" + started.total() + ":|@ ",
                    started.revision().label() + "  [" + started.revision().location() + "]");
        } else if (event instanceof MigrationEvent.Finished finished) {
            line("  @|green done|@", finished.describe().substring("done".length()));
        } else if (event instanceof MigrationEvent.StillRunning still) {
            line("  @|faint ...|@ ", still.describe());
        } else if (event instanceof MigrationEvent.Failed failed) {
            line("  @|red,bold failed at line " + failed.line() + ":|@ ", failed.error().lines().findFirst().orElse("")
                    + (failed.rolledBack() ? " (rolled back)" : " (NOT rolled back)"));
        }
    }

    @Override
    public void info(String message) {
        err.println(message);
        err.flush();
    }

    @Override
    public void warn(String message) {
        line("@|yellow WARNING:|@ ", message);
    }

    /** A line: {@code markup} in picocli's {@code @|style text|@} form, then {@code text} as it is (never markup). */
    private void line(String markup, String text) {
        err.println(ansi.string(markup) + text);
        err.flush();
    }

    private static String capitalised(String word) {
        return word.equals("upgrade") ? "Upgrading" : word.equals("downgrade") ? "Downgrading"
                : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
