package dev.migrate.autogenerate;

import java.util.List;
import java.util.Locale;

/**
 * Which model autogenerate and the model check use ({@code migrate.models}), and where a model of classes is looked
 * for ({@code migrate.entityPackages}).
 *
 * @param models   {@code auto} (the default), {@code schema-files}, or the name of a {@link ModelSourceFactory}
 *                 such as {@code jpa}
 * @param packages the packages scanned for model classes, with their subpackages; empty for all
 */
public record ModelSelection(String models, List<String> packages) {

    public static final String AUTO = "auto";
    public static final String SCHEMA_FILES = "schema-files";
    public static final ModelSelection DEFAULT = new ModelSelection(AUTO, List.of());

    public ModelSelection {
        models = models == null || models.isBlank() ? AUTO : models.strip().toLowerCase(Locale.ROOT);
        packages = packages == null ? List.of()
                : packages.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
