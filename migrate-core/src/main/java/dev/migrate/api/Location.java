package dev.migrate.api;

import dev.migrate.script.ClasspathSource;
import dev.migrate.script.CompiledClassesSource;
import dev.migrate.script.DirectorySource;
import dev.migrate.script.ScriptSource;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where revisions come from.
 * <ul>
 *   <li>{@code filesystem:src/main/resources/db/migrations}: a directory of revision and callback files (what the
 *       Maven goals read, and where {@code generate} writes);</li>
 *   <li>{@code classpath:db/migrations}: a location on the class path, in directories or jars (including a Spring
 *       Boot fat jar): its revision and callback files, and the Java migrations of package {@code db.migrations} (what
 *       an application reads at start);</li>
 *   <li>compiled classes: a directory of compiled classes where Java migrations are found in any package (what the
 *       Maven goals read from {@code target/classes}); SQL files there are not read.</li>
 * </ul>
 *
 * @param kind    which of the three
 * @param path    the directory, or the path on the class path ({@code db/migrations})
 * @param shownAs how messages show it
 */
public record Location(Kind kind, String path, String shownAs) {

    public enum Kind { FILESYSTEM, CLASSPATH, COMPILED_CLASSES }

    public Location {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        if (shownAs == null) {
            shownAs = kind == Kind.CLASSPATH ? "classpath:" + path : path;
        }
    }

    /**
     * {@code classpath:db/migrations} or {@code filesystem:src/main/resources/db/migrations}; the prefix is required,
     * so that no one wonders which was meant.
     */
    public static Location parse(String text) {
        String value = text == null ? "" : text.strip();
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? "" : value.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = colon < 0 ? value : value.substring(colon + 1).strip();
        if (prefix.equals("classpath") && !rest.isEmpty()) {
            return new Location(Kind.CLASSPATH, rest.replaceAll("^/+|/+$", ""), null);
        }
        if (prefix.equals("filesystem") && !rest.isEmpty()) {
            return new Location(Kind.FILESYSTEM, rest, rest);
        }
        throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.locations: '" + value + "' is not a location; write "
                + "classpath:<path> (e.g. classpath:db/migrations, in directories and jars on the class path) or "
                + "filesystem:<directory> (e.g. filesystem:src/main/resources/db/migrations)");
    }

    /**
     * Like {@link #parse(String)}, with a relative {@code filesystem:} directory resolved against {@code base} (the
     * project's directory) and shown as written.
     */
    public static Location parse(String text, Path base) {
        Location location = parse(text);
        if (location.kind() == Kind.FILESYSTEM && base != null && !Path.of(location.path()).isAbsolute()) {
            return new Location(Kind.FILESYSTEM, base.resolve(location.path()).normalize().toString(),
                    location.shownAs());
        }
        return location;
    }

    /** A directory of revision files. */
    public static Location directory(Path directory, String shownAs) {
        return new Location(Kind.FILESYSTEM, directory.toString(), shownAs);
    }

    /** A directory of compiled classes, searched for Java migrations in every package. */
    public static Location compiledClasses(Path directory, String shownAs) {
        return new Location(Kind.COMPILED_CLASSES, directory.toString(), shownAs);
    }

    /** The directory of a filesystem or compiled-classes location. */
    public Path directory() {
        if (kind == Kind.CLASSPATH) {
            throw new IllegalStateException(shownAs + " is not a directory");
        }
        return Path.of(path);
    }

    ScriptSource source(ClassLoader classLoader) {
        return switch (kind) {
            case FILESYSTEM -> new DirectorySource(directory(), shownAs);
            case CLASSPATH -> new ClasspathSource(path, classLoader);
            case COMPILED_CLASSES -> new CompiledClassesSource(directory(), shownAs);
        };
    }

    @Override
    public String toString() {
        return shownAs;
    }
}
