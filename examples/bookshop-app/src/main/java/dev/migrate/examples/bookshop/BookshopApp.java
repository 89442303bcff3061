package dev.migrate.examples.bookshop;

import dev.migrate.api.MigrateException;

import java.io.IOException;

/**
 * Starts the bookshop: {@code DATABASE_URL} (default: an H2 file under {@code ./target/bookshop-db}), optional
 * {@code DATABASE_USER} and {@code DATABASE_PASSWORD}, and {@code PORT} (default 8080). Exits with status 1 and one
 * line on stderr when it cannot start, so that a container platform sees the failure and restarts or alerts.
 */
public final class BookshopApp {

    private BookshopApp() {
    }

    public static void main(String[] args) {
        // One line per log record instead of the JDK's two; migrate logs through the same System.Logger.
        System.setProperty("java.util.logging.SimpleFormatter.format",
                System.getProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s %3$s: %5$s%6$s%n"));
        Bookshop bookshop;
        try {
            bookshop = Bookshop.start(Settings.fromEnvironment(System.getenv()));
        } catch (MigrateException e) {
            exit("cannot migrate the database (" + e.kind() + "): " + e.getMessage());
            return;
        } catch (IOException | IllegalArgumentException e) {
            exit(e.getMessage());
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(bookshop::close, "bookshop-shutdown"));
    }

    private static void exit(String reason) {
        // The migration error names file and line over several lines; one line keeps it whole in log collectors.
        System.err.println("bookshop-app did not start: " + reason.strip().replaceAll("\\s*\\R\\s*", " / "));
        System.exit(1);
    }
}
