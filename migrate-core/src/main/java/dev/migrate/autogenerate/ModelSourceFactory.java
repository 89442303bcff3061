package dev.migrate.autogenerate;

import java.util.Optional;

/**
 * A kind of model that lives in the application's compiled code (JPA entities, say), found with
 * {@link java.util.ServiceLoader} on the configured class loader. Schema files need no factory: they are the core's
 * own model. A module such as {@code migrate-jpa} implements this; neither the core nor the Maven plugin's realm
 * depends on what the implementation needs (Hibernate), which it loads from the project's own class path.
 */
public interface ModelSourceFactory {

    /** The name {@code migrate.models} uses for this kind of model, e.g. {@code jpa}. */
    String name();

    /**
     * What the project's compiled classes hold of this kind of model, for auto-detection and messages, e.g.
     * {@code "4 @Entity classes in target/classes"}; empty when they hold none. Must be cheap and must not load
     * the project's classes' dependencies.
     */
    Optional<String> detect(ModelClasses classes);

    /**
     * The model source over the project's classes.
     *
     * @throws ModelException when the model cannot be used, saying why and what to do (classes not compiled, a
     *                        library missing from the class path, ...)
     */
    ModelSource open(ModelClasses classes);
}
