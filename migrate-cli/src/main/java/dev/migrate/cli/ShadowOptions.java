package dev.migrate.cli;

import picocli.CommandLine.Option;

import java.util.EnumMap;
import java.util.Map;

/** What the commands that build the model on a shadow database (revision --autogenerate, check) share. */
final class ShadowOptions {

    @Option(names = "--schema-files", paramLabel = "<files>", description = "The desired schema as DDL files, "
            + "comma-separated; default src/main/resources/db/schema.sql.")
    String schemaFiles;

    @Option(names = "--shadow-url", paramLabel = "<url>", description = "An existing, empty database to use as the "
            + "shadow (emptied again afterwards), instead of a temporary one.")
    String shadowUrl;

    /** The settings these options give. */
    Map<Setting, String> settings() {
        Map<Setting, String> settings = new EnumMap<>(Setting.class);
        settings.put(Setting.SCHEMA_FILES, schemaFiles);
        settings.put(Setting.SHADOW_URL, shadowUrl);
        return settings;
    }
}
