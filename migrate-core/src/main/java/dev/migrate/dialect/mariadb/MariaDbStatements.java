package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.StatementEvidence;
import dev.migrate.script.StatementWords;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What the catalog shows about the effect of a statement whose outcome migrate does not know: every DDL statement
 * commits on its own, so one that was running when a run stopped is in doubt (see
 * {@link dev.migrate.dialect.Dialect#evidence}). Tables and indexes are checked; anything else is left to the user.
 */
final class MariaDbStatements {

    private MariaDbStatements() {
    }

    static Optional<StatementEvidence> evidence(Connection connection, String sql) throws SQLException {
        StatementWords words = StatementWords.of(sql).rewind();
        boolean create = words.accept("CREATE");
        boolean drop = !create && words.accept("DROP");
        if (!create && !drop) {
            return Optional.empty();
        }
        if (create) {
            words.accept("OR", "REPLACE");
            if (!words.accept("UNIQUE") && !words.accept("FULLTEXT")) {
                words.accept("SPATIAL");
            }
        }
        String kind = words.accept("TABLE") ? "table" : words.accept("INDEX") ? "index" : null;
        if (kind == null) {
            return Optional.empty();
        }
        if (create) {
            words.accept("IF", "NOT", "EXISTS");
        } else {
            words.accept("IF", "EXISTS");
        }
        UnaryOperator<String> asWritten = UnaryOperator.identity();
        Optional<List<String>> name = words.name(asWritten);
        if (name.isEmpty() || name.get().size() > 2) {
            return Optional.empty();
        }
        List<String> table = name.get();
        if ("index".equals(kind)) {
            if (!words.accept("ON") || name.get().size() != 1) {
                return Optional.empty();
            }
            Optional<List<String>> on = words.name(asWritten);
            if (on.isEmpty() || on.get().size() > 2) {
                return Optional.empty();
            }
            table = on.get();
        }
        String shown = "index".equals(kind) ? name.get().get(0) + " on " + String.join(".", table)
                : String.join(".", table);
        boolean exists = exists(connection, table, "index".equals(kind) ? name.get().get(0) : null);
        String observation = exists ? kind + " " + shown + (drop ? " still exists" : " exists")
                : "there is no " + kind + " " + shown + (drop ? " any more" : "");
        return Optional.of(exists == create ? StatementEvidence.tookEffect(observation)
                : StatementEvidence.noEffect(observation));
    }

    private static boolean exists(Connection connection, List<String> table, String index) throws SQLException {
        String sql = index == null
                ? "SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) "
                + "AND TABLE_NAME = ?"
                : "SELECT 1 FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) "
                + "AND TABLE_NAME = ? AND INDEX_NAME = ?";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, table.size() == 2 ? table.get(0) : null);
            st.setString(2, table.get(table.size() - 1));
            if (index != null) {
                st.setString(3, index);
            }
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
