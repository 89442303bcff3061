package dev.migrate.dialect.h2;

import org.h2.api.Trigger;

import java.sql.Connection;

/** A trigger that does nothing, so that tests can create one. */
public class NoopTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
        // nothing
    }
}
