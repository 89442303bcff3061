package dev.migrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Revision files in a directory and its sub-directories.
 *
 * @param directory the directory
 * @param shownAs   how to show it to users (usually relative to the project)
 */
public record DirectorySource(Path directory, String shownAs) implements ScriptSource {

    public DirectorySource(Path directory) {
        this(directory, directory.toString());
    }

    @Override
    public List<Resource> list() throws IOException {
        List<Resource> resources = new ArrayList<>();
        for (String relative : files(directory)) {
            Path file = directory.resolve(relative);
            String location = shownAs.isEmpty() ? relative : shownAs + "/" + relative;
            resources.add(new Resource(relative, location, () -> Files.readAllBytes(file)));
        }
        return resources;
    }

    /** The regular files under {@code directory}, hidden ones left out, as relative names with '/' separators. */
    static List<String> files(Path directory) throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
                    names.add(directory.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return names;
    }

    @Override
    public String describe() {
        return shownAs;
    }

    @Override
    public boolean exists() {
        return Files.isDirectory(directory);
    }
}
