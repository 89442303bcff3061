package dev.migrate.fleet;

import dev.migrate.connect.Secrets;

import java.util.Locale;

/**
 * One member of a fleet: a schema of the configured database, or a database of its own given by URL.
 *
 * @param kind   schema or URL
 * @param value  the schema name, or the URL as written (it may carry credentials: never show it, see {@link #name()})
 * @param source where it came from, for messages: {@code migrate.targets}, {@code targets.txt:12}, ...
 */
public record FleetTarget(Kind kind, String value, String source) {

    public enum Kind { SCHEMA, URL }

    /** What reports show: the schema name, or the URL with its password masked. */
    public String name() {
        return kind == Kind.SCHEMA ? value : Secrets.maskUrl(value);
    }

    /**
     * What identifies the target for duplicates and sharding: the schema name (case does not tell two schemas apart
     * here: most databases fold unquoted names), or the URL without its credentials.
     */
    public String key() {
        return kind == Kind.SCHEMA ? "schema:" + value.toLowerCase(Locale.ROOT) : "url:" + TargetList.withoutCredentials(value);
    }

    public boolean isSchema() {
        return kind == Kind.SCHEMA;
    }
}
