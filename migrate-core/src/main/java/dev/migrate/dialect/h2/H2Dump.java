package dev.migrate.dialect.h2;

import dev.migrate.dialect.DatabaseDump;

import java.sql.SQLException;
import java.sql.Statement;

/** {@code migrate.backup=dump} on H2: its own {@code SCRIPT TO} writes the schema as SQL; no tool needed. */
final class H2Dump implements DatabaseDump {

    @Override
    public String dump(Request request) throws SQLException {
        String file = request.file().toString().replace("'", "''");
        try (Statement st = request.connection().createStatement()) {
            st.execute("SCRIPT TO '" + file + "' SCHEMA \"" + request.schema().replace("\"", "\"\"") + "\"");
        }
        return "RUNSCRIPT FROM '" + file + "' (into a database without schema " + request.schema()
                + ", or after dropping it)";
    }
}
