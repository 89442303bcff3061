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

/**
 * The facade's boundary: every expected failure of the packages below becomes one {@link MigrateException} meant for
 * users, with the password scrubbed from its message.
 */
final class Failures {

    private Failures() {
    }

    /** Runs {@code work} and turns every expected failure into a {@link MigrateException} meant for users. */
    static <T> T translate(Connections connections, Work<T> work) {
        String password = connections.password();
        try {
            return work.run();
        } catch (MigrateException e) {
            throw scrubbed(e, password);
        } catch (ConnectionException e) {
            throw scrubbed(Problems.connection(e), password);
        } catch (GuardException e) {
            throw scrubbed(Problems.guard(e), password);
        } catch (ScriptException e) {
            throw new MigrateException(ErrorKind.SCRIPT, e.getMessage(), e);
        } catch (ModelException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, e.getMessage(), e);
        } catch (GraphException e) {
            throw Problems.graph(e, null);
        } catch (MigrationFailedException e) {
            throw new MigrateException(ErrorKind.MIGRATION_FAILED, Secrets.scrub(e.getMessage(), password), e);
        } catch (DatabaseStateException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, Secrets.scrub(e.getMessage(), password), e);
        } catch (LockTimeoutException e) {
            throw new MigrateException(ErrorKind.LOCK_TIMEOUT, "cannot migrate " + connections.shownAs() + ": "
                    + Secrets.scrub(e.getMessage(), password) + " (migrate.lockTimeout). Another migrate is working on "
                    + "this database; let it finish, or raise migrate.lockTimeout. A lock is never left behind: it is "
                    + "released when its holder's connection closes.", e);
        } catch (SQLException e) {
            throw new MigrateException(ErrorKind.DATABASE_STATE, "database error on " + connections.shownAs() + ": "
                    + Secrets.scrub(e.getMessage(), password));
        } catch (UncheckedIOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.IO, e.getMessage(), e);
        }
    }

    static MigrateException scrubbed(MigrateException e, String password) {
        String scrubbed = Secrets.scrub(e.getMessage(), password);
        return scrubbed.equals(e.getMessage()) ? e : new MigrateException(e.kind(), scrubbed, e.getCause());
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException, IOException;
    }
}
