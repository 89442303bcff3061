package dev.migrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java migrations in a directory of compiled classes, in any package (what the Maven plugin reads from
 * {@code target/classes}). SQL files there are not read: they are copies of the resources the migrations directory
 * already holds.
 *
 * @param directory the class output directory
 * @param shownAs   how to show it to users
 */
public record CompiledClassesSource(Path directory, String shownAs) implements ScriptSource {

    @Override
    public List<Resource> list() throws IOException {
        List<Resource> resources = new ArrayList<>();
        for (String relative : DirectorySource.files(directory, null)) {
            String className = className(relative);
            if (className != null) {
                Path file = directory.resolve(relative);
                resources.add(new Resource(relative, shownAs + "/" + relative, () -> Files.readAllBytes(file),
                        className));
            }
        }
        return resources;
    }

    @Override
    public String describe() {
        return shownAs;
    }

    @Override
    public boolean exists() {
        return Files.isDirectory(directory);
    }

    @Override
    public boolean isSupplementary() {
        return true;
    }

    /**
     * The binary name of the top-level class in a {@code .class} file at {@code path} (relative to a class path root),
     * or null for other files, nested and anonymous classes, and {@code module-info} / {@code package-info}.
     */
    static String className(String path) {
        if (!path.endsWith(".class") || path.contains("$") || path.endsWith("-info.class")) {
            return null;
        }
        return path.substring(0, path.length() - ".class".length()).replace('/', '.');
    }
}
