package dev.migrate.schema.model;

/** Whether a constraint's check may wait until commit. */
public enum Deferrability {
    NOT_DEFERRABLE(""),
    DEFERRABLE_INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
    DEFERRABLE_INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferrability(String sql) {
        this.sql = sql;
    }

    /** The words used in DDL; empty for the default. */
    public String sql() {
        return sql;
    }
}
