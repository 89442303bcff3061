package dev.migrate.dialect.h2;

import dev.migrate.dialect.DdlTarget;
import dev.migrate.dialect.StatementEvidence;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What H2's catalog shows about the effect of a statement whose outcome migrate does not know: on H2 every DDL
 * statement commits on its own, so a DDL statement running when a run stopped is in doubt (see
 * {@link dev.migrate.dialect.Dialect#evidence}).
 */
final class H2Statements {

    private H2Statements() {
    }

    static Optional<StatementEvidence> evidence(Connection connection, String sql) throws SQLException {
        Optional<DdlTarget> target = DdlTarget.of(sql, List.of("CACHED", "MEMORY", "UNIQUE"),
                unquoted -> unquoted.toUpperCase(Locale.ROOT));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        List<String> name = target.get().name();
        return Optional.of(target.get().evidence(String.join(".", name),
                exists(connection, target.get().kind(), name)));
    }

    private static boolean exists(Connection connection, String kind, List<String> name) throws SQLException {
        String sql = "table".equals(kind)
                ? "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = COALESCE(?, CURRENT_SCHEMA) AND TABLE_NAME = ?"
                : "SELECT 1 FROM INFORMATION_SCHEMA.INDEXES WHERE INDEX_SCHEMA = COALESCE(?, CURRENT_SCHEMA) AND INDEX_NAME = ?";
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            st.setString(1, name.size() == 2 ? name.get(0) : null);
            st.setString(2, name.get(name.size() - 1));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
