package dev.migrate.autogenerate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The project's compiled code, where a model of classes (JPA entities) is looked for.
 *
 * @param directories the directories of compiled classes to scan ({@code target/classes}), in order, each with how
 *                    messages show it
 * @param loader      loads those classes and everything they need (the project's runtime class path)
 * @param packages    the packages to scan, with their subpackages; empty for all
 */
public record ModelClasses(Map<Path, String> directories, ClassLoader loader, List<String> packages) {

    public ModelClasses {
        directories = Collections.unmodifiableMap(new LinkedHashMap<>(directories));
        Objects.requireNonNull(loader, "loader");
        packages = List.copyOf(packages);
    }

    /** Whether a class of this name is in the scanned packages. */
    public boolean inPackages(String className) {
        return packages.isEmpty() || packages.stream().anyMatch(p -> className.startsWith(p + "."));
    }

    /** The directories as messages show them. */
    public String describeDirectories() {
        return directories.isEmpty() ? "no compiled classes directory" : String.join(", ", directories.values());
    }
}
