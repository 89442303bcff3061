package dev.migrate.dialect.h2;

import dev.migrate.dialect.StatementEvidence;
import dev.migrate.script.StatementWords;

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
        StatementWords words = StatementWords.of(sql).rewind();
        boolean create = words.accept("CREATE");
        boolean drop = !create && words.accept("DROP");
        if (!create && !drop) {
            return Optional.empty();
        }
        if (create) {
            words.accept("CACHED");
            words.accept("MEMORY");
            words.accept("UNIQUE");
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
        Optional<List<String>> name = words.name(unquoted -> unquoted.toUpperCase(Locale.ROOT));
        if (name.isEmpty() || name.get().size() > 2) {
            return Optional.empty();
        }
        String shown = String.join(".", name.get());
        boolean exists = exists(connection, kind, name.get());
        String observation = exists ? kind + " " + shown + (drop ? " still exists" : " exists")
                : "there is no " + kind + " " + shown + (drop ? " any more" : "");
        return Optional.of(exists == create ? StatementEvidence.tookEffect(observation)
                : StatementEvidence.noEffect(observation));
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
