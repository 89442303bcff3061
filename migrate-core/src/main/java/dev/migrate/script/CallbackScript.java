package dev.migrate.script;

import java.util.List;

/**
 * A SQL callback file of a migrations location ({@code beforeUpgrade.sql}, {@code afterEachDowngrade.sql}, ...).
 *
 * @param event      when it runs: {@code beforeUpgrade}, {@code beforeEachUpgrade}, {@code afterEachUpgrade},
 *                   {@code afterUpgrade}, or the same for downgrade
 * @param location   the file as shown in messages
 * @param statements its statements, in order
 */
public record CallbackScript(String event, String location, List<SqlStatement> statements) {

    /** The events, by their file names in lower case. */
    static final List<String> EVENTS = List.of("beforeUpgrade", "beforeEachUpgrade", "afterEachUpgrade",
            "afterUpgrade", "beforeDowngrade", "beforeEachDowngrade", "afterEachDowngrade", "afterDowngrade");

    public CallbackScript {
        statements = List.copyOf(statements);
    }
}
