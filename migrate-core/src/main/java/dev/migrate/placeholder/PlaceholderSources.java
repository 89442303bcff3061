package dev.migrate.placeholder;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Gathers placeholder values from where build tools keep settings: a configured map, properties named
 * {@code migrate.placeholders.<name>} and environment variables named {@code MIGRATE_PLACEHOLDERS_<NAME>}. Later
 * layers win, name by name, so a value on the command line beats the same name in the POM.
 */
public final class PlaceholderSources {

    /** The prefix of placeholder properties: {@code -Dmigrate.placeholders.schema_owner=app}. */
    public static final String PROPERTY_PREFIX = "migrate.placeholders.";
    /** The prefix of placeholder environment variables: {@code MIGRATE_PLACEHOLDERS_SCHEMA_OWNER=app}. */
    public static final String ENVIRONMENT_PREFIX = "MIGRATE_PLACEHOLDERS_";

    private PlaceholderSources() {
    }

    /**
     * The placeholders of every layer, lowest precedence first.
     *
     * @param configured  the configured map (the POM's {@code <placeholders>}), or null
     * @param properties  property sets searched for {@link #PROPERTY_PREFIX}, lowest precedence first (project
     *                    properties, then the command line's), after the configured map
     * @param environment the process environment, searched for {@link #ENVIRONMENT_PREFIX}; it ranks between the
     *                    configured map and the last (command-line) property set
     */
    public static Map<String, String> collect(Map<String, String> configured, List<Properties> properties,
                                              Map<String, String> environment) {
        Map<String, String> values = new LinkedHashMap<>();
        if (configured != null) {
            configured.forEach((name, value) -> put(values, name, value));
        }
        for (int k = 0; k < properties.size(); k++) {
            if (k == properties.size() - 1 && environment != null) {
                fromEnvironment(values, environment);
            }
            fromProperties(values, properties.get(k));
        }
        if (properties.isEmpty() && environment != null) {
            fromEnvironment(values, environment);
        }
        return values;
    }

    private static void fromProperties(Map<String, String> values, Properties properties) {
        if (properties == null) {
            return;
        }
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(PROPERTY_PREFIX) && key.length() > PROPERTY_PREFIX.length()) {
                put(values, key.substring(PROPERTY_PREFIX.length()), properties.getProperty(key));
            }
        }
    }

    private static void fromEnvironment(Map<String, String> values, Map<String, String> environment) {
        environment.forEach((key, value) -> {
            if (key.startsWith(ENVIRONMENT_PREFIX) && key.length() > ENVIRONMENT_PREFIX.length()) {
                put(values, key.substring(ENVIRONMENT_PREFIX.length()), value);
            }
        });
    }

    /** Names are matched without regard to case: a later layer replaces an earlier one's value. */
    private static void put(Map<String, String> values, String name, String value) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        values.remove(key);
        values.put(key, value == null ? "" : value);
    }
}
