package dev.migrate.dialect;

import dev.migrate.script.StatementWords;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The table or index a {@code CREATE}/{@code DROP TABLE|INDEX} statement names, read for a dialect's
 * {@link Dialect#evidence}: on databases whose DDL commits on its own, a statement in doubt is judged by whether its
 * object exists now.
 *
 * @param create whether the statement creates (else drops)
 * @param kind   {@code table} or {@code index}
 * @param name   the name as written, folded as the database folds unquoted names (one or two parts)
 * @param rest   the words after the name (e.g. an index's {@code ON table})
 */
public record DdlTarget(boolean create, String kind, List<String> name, StatementWords rest) {

    /**
     * The target of {@code sql}, or empty when it is not such a statement.
     *
     * @param createModifiers words that may come between {@code CREATE} and {@code TABLE}/{@code INDEX}, each at
     *                        most once and in this order (e.g. {@code "OR REPLACE"}, {@code "UNIQUE"})
     * @param fold            what the database does to an unquoted name
     */
    public static Optional<DdlTarget> of(String sql, List<String> createModifiers, UnaryOperator<String> fold) {
        StatementWords words = StatementWords.of(sql).rewind();
        boolean create = words.accept("CREATE");
        if (!create && !words.accept("DROP")) {
            return Optional.empty();
        }
        if (create) {
            createModifiers.forEach(modifier -> words.accept(modifier.split(" ")));
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
        Optional<List<String>> name = words.name(fold);
        if (name.isEmpty() || name.get().size() > 2) {
            return Optional.empty();
        }
        return Optional.of(new DdlTarget(create, kind, name.get(), words));
    }

    /** What it means that the object, shown as {@code shown}, exists or not. */
    public StatementEvidence evidence(String shown, boolean exists) {
        String observation = exists ? kind + " " + shown + (create ? " exists" : " still exists")
                : "there is no " + kind + " " + shown + (create ? "" : " any more");
        return exists == create ? StatementEvidence.tookEffect(observation) : StatementEvidence.noEffect(observation);
    }
}
