package dev.migrate.dialect.postgres;

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
 * Which statements PostgreSQL refuses inside a transaction block, and what its catalog shows about the effect of a
 * statement whose outcome migrate does not know (see {@link dev.migrate.dialect.Dialect#canRunInTransaction} and
 * {@link dev.migrate.dialect.Dialect#evidence}).
 */
final class PostgresStatements {

    private PostgresStatements() {
    }

    /**
     * False for what PostgreSQL refuses in a transaction block ({@code CONCURRENTLY}, {@code VACUUM}, databases,
     * tablespaces, {@code ALTER SYSTEM}, subscriptions, {@code CLUSTER} of every table), for transaction control
     * written in the file, and for what may commit on its own ({@code CALL}, a {@code DO} block that commits).
     */
    static boolean canRunInTransaction(String sql) {
        StatementWords words = StatementWords.of(sql);
        String first = words.first();
        return switch (first) {
            case "VACUUM", "BEGIN", "START", "COMMIT", "END", "ROLLBACK", "ABORT", "SAVEPOINT", "RELEASE", "CALL" ->
                    false;
            case "CREATE" -> !(words.startsWith("CREATE", "INDEX", "CONCURRENTLY")
                    || words.startsWith("CREATE", "UNIQUE", "INDEX", "CONCURRENTLY")
                    || words.startsWith("CREATE", "DATABASE") || words.startsWith("CREATE", "TABLESPACE")
                    || words.startsWith("CREATE", "SUBSCRIPTION"));
            case "DROP" -> !(words.startsWith("DROP", "INDEX", "CONCURRENTLY") || words.startsWith("DROP", "DATABASE")
                    || words.startsWith("DROP", "TABLESPACE") || words.startsWith("DROP", "SUBSCRIPTION"));
            case "REINDEX" -> !(words.contains("CONCURRENTLY") || words.startsWith("REINDEX", "SYSTEM")
                    || words.startsWith("REINDEX", "DATABASE"));
            case "ALTER" -> !(words.startsWith("ALTER", "SYSTEM") || words.startsWith("ALTER", "SUBSCRIPTION")
                    || (words.startsWith("ALTER", "DATABASE") && words.contains("TABLESPACE")));
            case "PREPARE" -> !words.startsWith("PREPARE", "TRANSACTION");
            case "SET" -> !(words.startsWith("SET", "TRANSACTION") || words.startsWith("SET", "SESSION", "CHARACTERISTICS"));
            case "CLUSTER" -> words.words().stream().anyMatch(w -> w.kind() != StatementWords.Kind.WORD
                    || !w.is("CLUSTER") && !w.is("VERBOSE"));
            case "DO" -> words.words().stream().filter(w -> w.kind() == StatementWords.Kind.BODY)
                    .noneMatch(body -> commits(body.text()));
            default -> true;
        };
    }

    private static boolean commits(String body) {
        StatementWords words = StatementWords.of(body);
        return words.contains("COMMIT") || words.contains("ROLLBACK");
    }

    /** What the catalog shows for the shapes it can check. */
    static Optional<StatementEvidence> evidence(Connection connection, String sql) throws SQLException {
        StatementWords words = StatementWords.of(sql).rewind();
        if (words.accept("CREATE")) {
            words.accept("UNIQUE");
            if (words.accept("INDEX")) {
                words.accept("CONCURRENTLY");
                words.accept("IF", "NOT", "EXISTS");
                Optional<List<String>> index = words.name(PostgresStatements::fold);
                if (index.isEmpty() || !words.accept("ON")) {
                    return Optional.empty();
                }
                words.accept("ONLY");
                Optional<List<String>> table = words.name(PostgresStatements::fold);
                List<String> name = table.filter(t -> t.size() == 2)
                        .map(t -> List.of(t.get(0), index.get().get(0))).orElse(index.get());
                return Optional.of(createdIndex(connection, name));
            }
            words.rewind().accept("CREATE");
            words.accept("UNLOGGED");
            if (words.accept("TABLE")) {
                words.accept("IF", "NOT", "EXISTS");
                Optional<List<String>> table = words.name(PostgresStatements::fold);
                return table.isEmpty() ? Optional.empty() : Optional.of(table(connection, table.get(), true));
            }
            return Optional.empty();
        }
        if (words.accept("DROP", "INDEX")) {
            words.accept("CONCURRENTLY");
            words.accept("IF", "EXISTS");
            Optional<List<String>> index = words.name(PostgresStatements::fold);
            return index.isEmpty() ? Optional.empty() : Optional.of(droppedIndex(connection, index.get()));
        }
        if (words.accept("DROP", "TABLE")) {
            words.accept("IF", "EXISTS");
            Optional<List<String>> table = words.name(PostgresStatements::fold);
            return table.isEmpty() ? Optional.empty() : Optional.of(table(connection, table.get(), false));
        }
        if (words.accept("ALTER", "TYPE")) {
            Optional<List<String>> type = words.name(PostgresStatements::fold);
            if (type.isPresent() && words.accept("ADD", "VALUE")) {
                words.accept("IF", "NOT", "EXISTS");
                Optional<String> label = words.string();
                if (label.isPresent()) {
                    return Optional.of(enumValue(connection, type.get(), label.get()));
                }
            }
        }
        return Optional.empty();
    }

    private static String fold(String unquoted) {
        return unquoted.toLowerCase(Locale.ROOT);
    }

    private static String shown(List<String> name) {
        return String.join(".", name);
    }

    private static String qualified(List<String> name) {
        StringBuilder out = new StringBuilder();
        for (String part : name) {
            out.append(out.length() == 0 ? "" : ".").append('"').append(part.replace("\"", "\"\"")).append('"');
        }
        return out.toString();
    }

    /** Null: no such index; otherwise whether it is valid. */
    private static Boolean indexValid(Connection connection, List<String> name) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            st.setString(1, qualified(name));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBoolean(1) : null;
            }
        }
    }

    private static StatementEvidence createdIndex(Connection connection, List<String> name) throws SQLException {
        Boolean valid = indexValid(connection, name);
        if (valid == null) {
            return StatementEvidence.noEffect("there is no index " + shown(name));
        }
        return valid ? StatementEvidence.tookEffect("index " + shown(name) + " exists and is valid")
                : StatementEvidence.leftover("index " + shown(name) + " exists but is INVALID: a CREATE INDEX "
                + "CONCURRENTLY that did not finish leaves it so, and it is not used", "DROP INDEX CONCURRENTLY "
                + qualified(name));
    }

    private static StatementEvidence droppedIndex(Connection connection, List<String> name) throws SQLException {
        Boolean valid = indexValid(connection, name);
        if (valid == null) {
            return StatementEvidence.tookEffect("there is no index " + shown(name) + " any more");
        }
        return valid ? StatementEvidence.noEffect("index " + shown(name) + " still exists")
                : StatementEvidence.leftover("index " + shown(name) + " still exists but is INVALID: a DROP INDEX "
                + "CONCURRENTLY that did not finish leaves it so", "DROP INDEX CONCURRENTLY " + qualified(name));
    }

    private static StatementEvidence table(Connection connection, List<String> name, boolean created)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            st.setString(1, qualified(name));
            try (ResultSet rs = st.executeQuery()) {
                boolean exists = rs.next() && rs.getBoolean(1);
                String observation = exists ? "table " + shown(name) + " exists" : "there is no table " + shown(name);
                return exists == created ? StatementEvidence.tookEffect(observation)
                        : StatementEvidence.noEffect(observation);
            }
        }
    }

    private static StatementEvidence enumValue(Connection connection, List<String> type, String label)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT 1 FROM pg_enum WHERE enumtypid = to_regtype(?) AND enumlabel = ?")) {
            st.setString(1, qualified(type));
            st.setString(2, label);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? StatementEvidence.tookEffect("type " + shown(type) + " has the value '" + label + "'")
                        : StatementEvidence.noEffect("type " + shown(type) + " has no value '" + label + "'");
            }
        }
    }
}
