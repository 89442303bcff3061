package dev.migrate.api;

import dev.migrate.autogenerate.ModelClasses;
import dev.migrate.autogenerate.ModelSelection;
import dev.migrate.autogenerate.ModelSource;
import dev.migrate.autogenerate.Models;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The model of a configuration: {@code migrate.models}, the schema files, and the compiled classes of the locations. */
final class ConfiguredModel {

    private ConfiguredModel() {
    }

    /** The model autogenerate compares with (see {@link Models#choose}); says which it uses. */
    static ModelSource choose(MigrateConfig config) {
        return Models.choose(config.models(), config.schemaFiles(), config.baseDirectory(), classes(config), config.listener());
    }

    /** The model, or empty when none is configured and none is found (see {@link Models#find}). */
    static Optional<ModelSource> find(MigrateConfig config) {
        return Models.find(config.models(), config.schemaFiles(), config.baseDirectory(), classes(config), config.listener());
    }

    /** The compiled classes of the locations, where models of classes (JPA entities) are looked for. */
    private static ModelClasses classes(MigrateConfig config) {
        Map<Path, String> directories = new LinkedHashMap<>();
        for (Location location : config.locations()) {
            if (location.kind() == Location.Kind.COMPILED_CLASSES) {
                directories.put(location.directory(), location.shownAs());
            }
        }
        ModelSelection models = config.models();
        return new ModelClasses(directories, config.classLoader(), models.packages(), models.jars(), models.settings(),
                models.libraries());
    }
}
