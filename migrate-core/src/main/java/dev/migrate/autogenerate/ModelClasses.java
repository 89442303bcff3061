package dev.migrate.autogenerate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The project's compiled code, where a model of classes (JPA entities) is looked for.
 *
 * @param directories the directories of compiled classes to scan ({@code target/classes}), in order, each with how
 *                    messages show it
 * @param loader      loads those classes and everything they need (the project's runtime class path)
 * @param packages    the packages to scan, with their subpackages; empty for all
 * @param jars        dependency jars to scan as well (opt-in), each with how messages show it; they are on
 *                    {@code loader}'s class path already
 * @param settings    settings of the kind of model (see {@link ModelSelection#settings()})
 * @param libraries   fetches a library the project lacks (say, a Hibernate for JPA entities) with its dependencies;
 *                    {@link Libraries#NONE} where nothing can be fetched
 */
public record ModelClasses(Map<Path, String> directories, ClassLoader loader, List<String> packages,
                           Map<Path, String> jars, Map<String, String> settings, Libraries libraries) {

    /** Fetches a library by its coordinates ({@code groupId:artifactId:version}) with its runtime dependencies. */
    @FunctionalInterface
    public interface Libraries {

        /** Fetches nothing: the caller reports what to add instead. */
        Libraries NONE = coordinates -> Optional.empty();

        /**
         * The files of the library and of its runtime dependencies, or empty when this build cannot fetch libraries.
         *
         * @throws ModelException when it could but the library does not resolve, saying why
         */
        Optional<List<Path>> fetch(String coordinates);
    }

    public ModelClasses {
        directories = Collections.unmodifiableMap(new LinkedHashMap<>(directories));
        Objects.requireNonNull(loader, "loader");
        packages = List.copyOf(packages);
        jars = jars == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(jars));
        settings = settings == null ? Map.of() : Map.copyOf(settings);
        libraries = libraries == null ? Libraries.NONE : libraries;
    }

    public ModelClasses(Map<Path, String> directories, ClassLoader loader, List<String> packages) {
        this(directories, loader, packages, Map.of(), Map.of(), Libraries.NONE);
    }

    /** Whether a class of this name is in the scanned packages. */
    public boolean inPackages(String className) {
        return packages.isEmpty() || packages.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    /** A setting of the kind of model, by parameter name without {@code migrate.}; empty when not set. */
    public Optional<String> setting(String name) {
        return Optional.ofNullable(settings.get(name));
    }

    /** The directories (and jars) as messages show them. */
    public String describeDirectories() {
        List<String> shown = new java.util.ArrayList<>(directories.values());
        shown.addAll(jars.values());
        return shown.isEmpty() ? "no compiled classes directory" : String.join(", ", shown);
    }
}
