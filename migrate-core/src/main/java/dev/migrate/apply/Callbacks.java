package dev.migrate.apply;

import dev.migrate.MigrationCallback;
import dev.migrate.graph.Direction;
import dev.migrate.script.CallbackScript;
import dev.migrate.script.SqlStatement;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * What runs around the steps of a plan: the callback files of the migration locations, then the Java callbacks, in
 * that order at every moment. When each moment comes, and in which transaction, is {@link MigrationExecutor}'s
 * business; this class runs one moment and says where a failure happened.
 */
public final class Callbacks {

    /** No callbacks at all. */
    public static final Callbacks NONE = new Callbacks(List.of(), List.of());

    /** The moments. */
    enum Moment { BEFORE, BEFORE_EACH, AFTER_EACH, AFTER }

    private final List<CallbackScript> files;
    private final List<MigrationCallback> java;

    public Callbacks(List<CallbackScript> files, List<MigrationCallback> java) {
        this.files = List.copyOf(files);
        this.java = List.copyOf(java);
    }

    public boolean isEmpty() {
        return files.isEmpty() && java.isEmpty();
    }

    /** The callback files of one moment, for offline SQL. */
    public List<CallbackScript> files(Direction direction, boolean each, boolean before) {
        String event = event(direction, each ? (before ? Moment.BEFORE_EACH : Moment.AFTER_EACH)
                : (before ? Moment.BEFORE : Moment.AFTER));
        return files.stream().filter(f -> f.event().equals(event)).toList();
    }

    /** Where a callback failed: its file and line (or class), and what it was doing. */
    static final class CallbackFailure extends Exception {
        final String where;
        final String what;
        final SQLException cause;

        CallbackFailure(String where, String what, SQLException cause) {
            super(where + ": " + cause.getMessage(), cause);
            this.where = where;
            this.what = what;
            this.cause = cause;
        }
    }

    /**
     * Runs the callbacks of one moment on {@code connection}, as it is (autocommit or in a transaction).
     *
     * @param revision the revision, for the {@code each} moments; null otherwise
     */
    void run(Moment moment, Direction direction, Connection connection, String revision) throws CallbackFailure {
        String event = event(direction, moment);
        for (CallbackScript file : files) {
            if (!file.event().equals(event)) {
                continue;
            }
            for (SqlStatement statement : file.statements()) {
                try (Statement st = connection.createStatement()) {
                    st.execute(statement.sql());
                } catch (SQLException e) {
                    throw new CallbackFailure(file.location() + ":" + statement.line(), statement.summary(), e);
                }
            }
        }
        for (MigrationCallback callback : java) {
            String where = callback.getClass().getName() + "." + event;
            try {
                call(callback, moment, direction, connection, revision);
            } catch (SQLException e) {
                throw new CallbackFailure(where, "Java callback", e);
            } catch (Exception e) {
                throw new CallbackFailure(where, "Java callback", JavaCalls.asSqlException(e, callback.getClass()));
            }
        }
    }

    private static void call(MigrationCallback callback, Moment moment, Direction direction, Connection connection,
                             String revision) throws Exception {
        boolean up = direction == Direction.UPGRADE;
        switch (moment) {
            case BEFORE -> {
                if (up) {
                    callback.beforeUpgrade(connection);
                } else {
                    callback.beforeDowngrade(connection);
                }
            }
            case BEFORE_EACH -> {
                if (up) {
                    callback.beforeEachUpgrade(connection, revision);
                } else {
                    callback.beforeEachDowngrade(connection, revision);
                }
            }
            case AFTER_EACH -> {
                if (up) {
                    callback.afterEachUpgrade(connection, revision);
                } else {
                    callback.afterEachDowngrade(connection, revision);
                }
            }
            case AFTER -> {
                if (up) {
                    callback.afterUpgrade(connection);
                } else {
                    callback.afterDowngrade(connection);
                }
            }
        }
    }

    /** {@code beforeEachUpgrade}, {@code afterDowngrade}, ... */
    static String event(Direction direction, Moment moment) {
        String suffix = direction == Direction.UPGRADE ? "Upgrade" : "Downgrade";
        return switch (moment) {
            case BEFORE -> "before" + suffix;
            case BEFORE_EACH -> "beforeEach" + suffix;
            case AFTER_EACH -> "afterEach" + suffix;
            case AFTER -> "after" + suffix;
        };
    }
}
