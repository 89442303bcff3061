package dev.migrate.api;

import dev.migrate.apply.DatabaseStateException;
import dev.migrate.apply.MigrationFailedException;
import dev.migrate.autogenerate.ModelException;
import dev.migrate.connect.ConnectionException;
import dev.migrate.connect.Connections;
import dev.migrate.connect.Secrets;
import dev.migrate.graph.GraphException;
import dev.migrate.guard.GuardException;
import dev.migrate.lock.LockTimeoutException;
import dev.migrate.script.ScriptException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.function.UnaryOperator;

/**
 * The facade's boundary: every expected failure of the packages below becomes one {@link MigrateException} meant for
 * users, with the password and secret placeholder values scrubbed
 * from its message.
 */
final class Failures {

    private Failures() {
    }

    /** Runs {@code work} and turns every expected failure into a {@link MigrateException} meant for users. */
    static <T> T translate(MigrateConfig config, Connections connections, Work<T> work) {
        UnaryOperator<String> scrub = text -> scrub(config, text);
        try {
            return work.run();
        } catch (MigrateException e) {
            throw scrubbed(e, scrub);
        } catch (ConnectionException e) {
            throw scrubbed(Problems.connection(e), scrub);
        } catch (GuardException e) {
            throw scrubbed(Problems.guard(e), scrub);
        } catch (ScriptException e) {
            throw new MigrateException(ErrorKind.SCRIPT, scrub.apply(e.getMessage()), e);
        } catch (ModelException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, e.getMessage(), e);
        } catch (dev.migrate.fleet.FleetException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, scrub.apply(e.getMessage()), e);
        } catch (GraphException e) {
            throw Problems.graph(e, null);
        } catch (MigrationFailedException e) {
            throw new MigrateException(ErrorKind.MIGRATION_FAILED, scrub.apply(e.getMessage()), e);
        } catch (DatabaseStateException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, scrub.apply(e.getMessage()), e);
        } catch (LockTimeoutException e) {
            throw new MigrateException(ErrorKind.LOCK_TIMEOUT, "cannot migrate " + connections.shownAs() + ": "
                    + scrub.apply(e.getMessage()) + " (migrate.lockTimeout). Another migrate is working on "
                    + "this database; let it finish, or raise migrate.lockTimeout. A lock is never left behind: it is "
                    + "released when its holder's connection closes.", e);
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, "database error on " + connections.shownAs() + ": "
                    + scrub.apply(e.getMessage()));
        } catch (UncheckedIOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        }
    }

    /** {@code text} without the password and the values of secret placeholders, for anything printed. */
    static String scrub(MigrateConfig config, String text) {
        String password = config.connection() == null ? null : config.connection().password();
        return config.placeholders().mask(Secrets.scrub(text, password));
    }

    static MigrateException scrubbed(MigrateException e, UnaryOperator<String> scrub) {
        String scrubbed = scrub.apply(e.getMessage());
        return scrubbed.equals(e.getMessage()) ? e : new MigrateException(e.kind(), scrubbed, e.getCause());
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException, IOException;
    }
}
