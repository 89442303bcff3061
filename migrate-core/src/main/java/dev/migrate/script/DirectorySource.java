package dev.migrate.script;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The regular files under {@code directory} (symbolic links to them included), hidden ones left out, as relative
     * names with '/' separators. The walk reads each entry's attributes once: with thousands of revisions, a second
     * look at every file is visible in a read-only goal's time.
     */
    static List<String> files(Path directory) throws IOException {
        List<String> names = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                boolean regular = attributes.isRegularFile()
                        || (attributes.isSymbolicLink() && Files.isRegularFile(file));
                if (regular && !file.getFileName().toString().startsWith(".")) {
                    names.add(directory.relativize(file).toString().replace('\\', '/'));
                }
                return FileVisitResult.CONTINUE;
            }
        });
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
