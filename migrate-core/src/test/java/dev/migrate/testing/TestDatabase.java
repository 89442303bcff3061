package dev.migrate.testing;

import java.sql.Connection;
import java.sql.SQLException;

/** A database a test works on: where it is and how to reach it. */
public interface TestDatabase {

    String url();

    String user();

    String password();

    Connection connect() throws SQLException;
}
