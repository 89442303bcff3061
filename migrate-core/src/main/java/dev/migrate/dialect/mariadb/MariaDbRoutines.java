package dev.migrate.dialect.mariadb;

import dev.migrate.schema.model.Routine;
import dev.migrate.schema.model.Trigger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stored functions, procedures and triggers, read in bulk from {@code information_schema} (ROUTINES, PARAMETERS,
 * TRIGGERS; never {@code SHOW CREATE} per object) and written back as the {@code CREATE} statement that makes them.
 * That statement is the definition both sides compare, so it holds what the catalog says and nothing it does not:
 * no {@code DEFINER} (a routine is created by whoever runs the migration), no character set of a parameter, and a
 * trigger's order among triggers of the same event ({@code FOLLOWS}/{@code PRECEDES}) is not kept.
 *
 * <p>A routine is known by its name alone (MariaDB has no overloads), so its argument types are left out of its
 * signature: a changed parameter list is a changed definition, replaced by dropping and creating it.
 */
final class MariaDbRoutines {

    private MariaDbRoutines() {
    }

    static List<Routine> routines(Connection connection, String database) throws SQLException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        MariaDbDialect dialect = new MariaDbDialect();
        try (PreparedStatement st = connection.prepareStatement("SELECT ROUTINE_TYPE, SPECIFIC_NAME, PARAMETER_MODE, "
                + "PARAMETER_NAME, DTD_IDENTIFIER FROM information_schema.PARAMETERS WHERE SPECIFIC_SCHEMA = ? "
                + "AND ORDINAL_POSITION > 0 ORDER BY ROUTINE_TYPE, SPECIFIC_NAME, ORDINAL_POSITION")) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    boolean procedure = "PROCEDURE".equals(rs.getString(1));
                    parameters.computeIfAbsent(rs.getString(1) + "\0" + rs.getString(2), k -> new ArrayList<>())
                            .add((procedure ? rs.getString(3) + " " : "") + dialect.quoteIdentifier(rs.getString(4))
                                    + " " + rs.getString(5));
                }
            }
        }
        List<Routine> routines = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT ROUTINE_TYPE, ROUTINE_NAME, DTD_IDENTIFIER, "
                + "ROUTINE_DEFINITION, IS_DETERMINISTIC, SQL_DATA_ACCESS, SECURITY_TYPE, ROUTINE_COMMENT "
                + "FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? ORDER BY ROUTINE_TYPE, ROUTINE_NAME")) {
            st.setString(1, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(1);
                    Routine.Kind kind = "PROCEDURE".equals(type) ? Routine.Kind.PROCEDURE : Routine.Kind.FUNCTION;
                    String name = rs.getString(2);
                    String arguments = String.join(", ", parameters.getOrDefault(type + "\0" + name, List.of()));
                    String result = kind == Routine.Kind.FUNCTION ? rs.getString(3) : null;
                    String comment = rs.getString(8) == null || rs.getString(8).isEmpty() ? null : rs.getString(8);
                    StringBuilder sql = new StringBuilder("CREATE ").append(kind.keyword()).append(' ')
                            .append(dialect.quoteIdentifier(name)).append('(').append(arguments).append(')');
                    if (result != null) {
                        sql.append(" RETURNS ").append(result);
                    }
                    if ("YES".equals(rs.getString(5))) {
                        sql.append("\n    DETERMINISTIC");
                    }
                    if (!"CONTAINS SQL".equals(rs.getString(6))) {
                        sql.append("\n    ").append(rs.getString(6));
                    }
                    if ("INVOKER".equals(rs.getString(7))) {
                        sql.append("\n    SQL SECURITY INVOKER");
                    }
                    if (comment != null) {
                        sql.append("\n    COMMENT ").append(dialect.stringLiteral(comment));
                    }
                    sql.append('\n').append(rs.getString(4));
                    routines.add(new Routine(name, "", name, arguments, kind, result, sql.toString(), false,
                            comment));
                }
            }
        }
        return routines;
    }

    static List<Trigger> triggers(Connection connection, String database) throws SQLException {
        MariaDbDialect dialect = new MariaDbDialect();
        List<Trigger> triggers = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT TRIGGER_NAME, ACTION_TIMING, "
                + "EVENT_MANIPULATION, EVENT_OBJECT_TABLE, ACTION_ORIENTATION, ACTION_STATEMENT "
                + "FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? AND EVENT_OBJECT_SCHEMA = ? "
                + "ORDER BY EVENT_OBJECT_TABLE, TRIGGER_NAME")) {
            st.setString(1, database);
            st.setString(2, database);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String definition = "CREATE TRIGGER " + dialect.quoteIdentifier(rs.getString(1)) + " "
                            + rs.getString(2) + " " + rs.getString(3) + " ON " + dialect.quoteIdentifier(rs.getString(4))
                            + " FOR EACH " + rs.getString(5).toUpperCase(Locale.ROOT) + "\n" + rs.getString(6);
                    triggers.add(new Trigger(rs.getString(4), rs.getString(1), definition, null,
                            Trigger.Enabled.ORIGIN, null));
                }
            }
        }
        return triggers;
    }
}
