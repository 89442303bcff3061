package dev.migrate.apply;

import dev.migrate.JavaMigration;
import dev.migrate.graph.Direction;

import java.sql.Connection;
import java.sql.SQLException;

/** Calls into user code (Java migrations, Java callbacks) and reports what it threw as a database-style error. */
final class JavaCalls {

    private JavaCalls() {
    }

    /** Runs a Java migration's method for {@code direction}. */
    static void run(JavaMigration migration, Direction direction, Connection connection) throws SQLException {
        try {
            if (direction == Direction.UPGRADE) {
                migration.upgrade(connection);
            } else {
                migration.downgrade(connection);
            }
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw asSqlException(e, migration.getClass());
        }
    }

    /**
     * What user code threw, with the line of {@code origin}'s source it came from: {@code IllegalStateException: no
     * slug for 'x' (at BackfillSlugs.java:41)}. SQL errors keep their SQLSTATE.
     */
    static SQLException asSqlException(Exception e, Class<?> origin) {
        String where = "";
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(origin.getName()) || frame.getClassName().startsWith(origin.getName() + "$")) {
                where = frame.getFileName() == null ? "" : " (at " + frame.getFileName() + ":" + frame.getLineNumber() + ")";
                break;
            }
        }
        return new SQLException(e.getClass().getSimpleName() + ": " + e.getMessage() + where, null, e);
    }
}
