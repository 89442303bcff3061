package dev.migrate.autogenerate;

import dev.migrate.report.MigrationListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Picks the model autogenerate and the model check compare the migrations with, and says which it picked:
 * {@code migrate.models=schema-files} or the name of a model in the application's code ({@code jpa}) forces one;
 * by default the schema files when they exist, else the one kind of model the compiled classes hold.
 */
public final class Models {

    private Models() {
    }

    /**
     * The model to use; fails, saying what to configure, when there is none.
     *
     * @throws ModelException when the selection is unknown, the forced model cannot be used, or there is no model
     */
    public static ModelSource choose(ModelSelection selection, List<Path> schemaFiles, Path base, ModelClasses classes,
                                     MigrationListener listener) {
        return find(selection, schemaFiles, base, classes, listener).orElseGet(() -> {
            try {
                return SchemaFiles.read(schemaFiles, base);
            } catch (ModelException e) {
                throw new ModelException(e.getMessage() + nothingCompiled(classes));
            }
        });
    }

    /**
     * The model to use, or empty when {@code migrate.models} is {@code auto} and neither schema files nor model
     * classes exist (the model check then skips itself).
     *
     * @throws ModelException when the selection is unknown or the forced model cannot be used
     */
    public static Optional<ModelSource> find(ModelSelection selection, List<Path> schemaFiles, Path base, ModelClasses classes,
                                             MigrationListener listener) {
        Map<String, ModelSourceFactory> factories = factories(classes.loader());
        String models = selection.models();
        if (models.equals(ModelSelection.SCHEMA_FILES)) {
            ModelSource files = SchemaFiles.read(schemaFiles, base);
            listener.info("Model: schema files " + files.describe() + " (migrate.models=schema-files).");
            return Optional.of(files);
        }
        if (!models.equals(ModelSelection.AUTO)) {
            ModelSourceFactory factory = factories.get(models);
            if (factory == null) {
                throw new ModelException("migrate.models = '" + models + "' is not available; use "
                        + String.join(", ", known(factories)) + (models.equals("jpa") ? " (jpa needs the migrate-jpa "
                        + "module on the class path; the Maven plugin brings it)" : ""));
            }
            ModelSource source = factory.open(classes);
            listener.info("Model: " + source.describe() + " (migrate.models=" + models + ").");
            return Optional.of(source);
        }
        Map<ModelSourceFactory, String> detected = new LinkedHashMap<>();
        for (ModelSourceFactory factory : factories.values()) {
            factory.detect(classes).ifPresent(found -> detected.put(factory, found));
        }
        if (SchemaFiles.exist(schemaFiles)) {
            ModelSource files = SchemaFiles.read(schemaFiles, base);
            String also = detected.isEmpty() ? "" : "; the compiled classes also hold " + String.join(", ",
                    detected.entrySet().stream().map(e -> e.getValue() + " (migrate.models=" + e.getKey().name()
                            + " uses them)").toList());
            listener.info("Model: schema files " + files.describe() + also + ".");
            return Optional.of(files);
        }
        if (detected.size() > 1) {
            throw new ModelException("the compiled classes hold several kinds of model: " + String.join(", ",
                    detected.values()) + "; choose one with migrate.models=" + String.join("|", known(factories)));
        }
        if (detected.isEmpty()) {
            return Optional.empty();
        }
        ModelSourceFactory factory = detected.keySet().iterator().next();
        ModelSource source = factory.open(classes);
        listener.info("Model: " + source.describe() + ", as no schema file exists (migrate.models="
                + ModelSelection.SCHEMA_FILES + " or " + factory.name() + " forces one).");
        return Optional.of(source);
    }

    /** What the message about missing schema files adds when models of classes could have been used instead. */
    private static String nothingCompiled(ModelClasses classes) {
        Map<String, ModelSourceFactory> factories = factories(classes.loader());
        if (factories.isEmpty()) {
            return "";
        }
        return "; nor do the compiled classes (" + classes.describeDirectories() + ") hold a model of "
                + String.join(" or ", factories.keySet()) + " (for JPA entities: run mvn compile first)";
    }

    private static List<String> known(Map<String, ModelSourceFactory> factories) {
        List<String> names = new ArrayList<>(List.of(ModelSelection.AUTO, ModelSelection.SCHEMA_FILES));
        names.addAll(factories.keySet());
        return names;
    }

    /** The factories visible to {@code loader}, by name; the first of a name wins. */
    static Map<String, ModelSourceFactory> factories(ClassLoader loader) {
        Map<String, ModelSourceFactory> factories = new LinkedHashMap<>();
        for (ModelSourceFactory factory : ServiceLoader.load(ModelSourceFactory.class, loader)) {
            factories.putIfAbsent(factory.name(), factory);
        }
        return factories;
    }
}
