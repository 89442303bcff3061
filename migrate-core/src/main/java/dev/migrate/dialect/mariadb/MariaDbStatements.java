package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.DdlTarget;
import dev.migrate.dialect.StatementEvidence;


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
        Optional<DdlTarget> found = DdlTarget.of(sql, List.of("OR REPLACE", "UNIQUE", "FULLTEXT", "SPATIAL"),
                UnaryOperator.identity());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DdlTarget target = found.get();
        List<String> table = target.name();
        String index = null;
        if ("index".equals(target.kind())) {
            if (!target.rest().accept("ON") || table.size() != 1) {
                return Optional.empty();
            }
            index = table.get(0);
            Optional<List<String>> on = target.rest().name(UnaryOperator.identity());
            if (on.isEmpty() || on.get().size() > 2) {
                return Optional.empty();
            }
            table = on.get();
        }
        String shown = index == null ? String.join(".", table) : index + " on " + String.join(".", table);
        return Optional.of(target.evidence(shown, exists(connection, table, index)));
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
