package dev.migrate.autogenerate;

import dev.migrate.dialect.Dialect;
import dev.migrate.schema.diff.RenameHints;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the desired schema comes from: "the model". Autogenerate compares the schema the migrations produce with
 * it, and {@code migrate:check} fails when they differ. A model builds itself on an empty shadow database, whose
 * schema is then read like any other database's, so every dialect that can read schemas can compare any model.
 *
 * <p>Schema files of plain DDL ({@link SchemaFiles}) are one model source; another (JPA entities, say) is a new
 * implementation of this interface, not an edit of autogenerate.
 */
public interface ModelSource {

    /** How messages name the model, e.g. the schema files' paths. */
    String describe();

    /** How a sentence names this kind of model: "the schema files", "the JPA entities". */
    default String kind() {
        return "the model";
    }

    /**
     * Whether the model can declare views. A model that cannot (JPA entities) keeps the views the revisions created:
     * autogenerate never proposes to drop a hand-written view because the model lacks it.
     */
    default boolean declaresViews() {
        return true;
    }

    /**
     * Creates the model's objects on an empty database of {@code dialect}. The connection is in autocommit and in
     * the configured schema, which exists. A statement that fails is reported with the place in the model that
     * holds it ({@link dev.migrate.script.ScriptException}: file and line).
     */
    void build(Connection connection, Dialect dialect) throws SQLException;

    /**
     * The renames the model declares, so that a renamed table or column is not dropped and added (schema files say
     * {@code -- migrate:renamed-from <old name>}); {@link RenameHints#NONE} when it declares none.
     *
     * @param defaultSchema the schema of unqualified names, as stored
     */
    RenameHints renameHints(Dialect dialect, String defaultSchema);
}
