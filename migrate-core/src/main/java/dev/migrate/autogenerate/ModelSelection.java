package dev.migrate.autogenerate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which model autogenerate and the model check use ({@code migrate.models}), where a model of classes is looked
 * for ({@code migrate.entityPackages}, {@code migrate.entityJars}), and the settings a kind of model reads.
 *
 * @param models   {@code auto} (the default), {@code schema-files}, or the name of a {@link ModelSourceFactory}
 *                 such as {@code jpa}
 * @param packages the packages scanned for model classes, with their subpackages; empty for all
 * @param jars     dependency jars scanned for model classes too (opt-in), each with how messages show it
 *                 ({@code groupId:artifactId})
 * @param settings settings of the kind of model, by the name of the parameter without {@code migrate.}, e.g.
 *                 {@code physicalNamingStrategy} for {@code jpa}; blank values are dropped
 * @param libraries fetches a library the project lacks (see {@link ModelClasses#libraries()})
 */
public record ModelSelection(String models, List<String> packages, Map<Path, String> jars,
                             Map<String, String> settings, ModelClasses.Libraries libraries) {

    public static final String AUTO = "auto";
    public static final String SCHEMA_FILES = "schema-files";
    public static final ModelSelection DEFAULT = new ModelSelection(AUTO, List.of());

    public ModelSelection {
        models = models == null || models.isBlank() ? AUTO : models.strip().toLowerCase(Locale.ROOT);
        packages = packages == null ? List.of()
                : packages.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        jars = jars == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(jars));
        Map<String, String> kept = new LinkedHashMap<>();
        if (settings != null) {
            settings.forEach((name, value) -> {
                if (value != null && !value.isBlank()) {
                    kept.put(name, value.strip());
                }
            });
        }
        settings = Collections.unmodifiableMap(kept);
        libraries = libraries == null ? ModelClasses.Libraries.NONE : libraries;
    }

    public ModelSelection(String models, List<String> packages) {
        this(models, packages, Map.of(), Map.of(), ModelClasses.Libraries.NONE);
    }
}
