package dev.migrate.graph;

import static dev.migrate.graph.MigrationPlannerTest.data;
import static dev.migrate.graph.MigrationPlannerTest.words;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A row of a refusal table: asked {@code text} on a fixture whose database has {@code rows}, the graph must throw
 * {@code type} whose data (see {@link MigrationPlannerTest#data}) contains {@code detail}.
 */
record Refused(Fixture fixture, String rows, String text, Class<? extends GraphException> type, String detail) {

    @Override
    public String toString() {
        return fixture + " [" + rows + "] " + text + " -> " + type.getSimpleName() + " " + detail;
    }

    /** Asks {@code question} (graph, rows, text) and checks the refusal. */
    void assertRefusedBy(Question question) {
        RevisionGraph graph = fixture.graph();
        assertThatThrownBy(() -> question.ask(graph, words(rows), text))
                .isInstanceOfSatisfying(type, e -> assertThat(data(e)).contains(detail));
    }

    /** What a table asks the graph. */
    @FunctionalInterface
    interface Question {
        Object ask(RevisionGraph graph, List<String> rows, String text);
    }
}
