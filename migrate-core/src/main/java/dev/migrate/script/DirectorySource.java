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
        for (String relative : files(directory, this::shown)) {
            Path file = directory.resolve(relative);
            resources.add(new Resource(relative, shown(relative), () -> Files.readAllBytes(file)));
        }
        return resources;
    }

    private String shown(String relative) {
        return shownAs.isEmpty() ? relative : shownAs + "/" + relative;
    }

    /**
     * The regular files under {@code directory} (symbolic links to them included), hidden ones left out, as relative
     * names with '/' separators. The walk reads each entry's attributes once: with thousands of revisions, a second
     * look at every file is visible in a read-only goal's time.
     *
     * @param shown how to name an entry in an error, or null to skip whatever is not a regular file without a word
     * @throws ScriptException for an entry named {@code *.sql} that is not a readable file (a directory, a FIFO or
     *                         device, a dangling symbolic link, a loop of links): skipping it would silently leave a
     *                         revision out
     */
    static List<String> files(Path directory, java.util.function.UnaryOperator<String> shown) throws IOException {
        List<String> names = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (shown != null && !dir.equals(directory) && isRevisionName(dir)) {
                    throw notAFile(dir, "is a directory");
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                boolean regular = attributes.isRegularFile()
                        || (attributes.isSymbolicLink() && Files.isRegularFile(file));
                if (regular) {
                    names.add(relative(file));
                } else if (shown != null && isRevisionName(file)) {
                    throw notAFile(file, what(file, attributes));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (shown != null && isRevisionName(file)) {
                    throw notAFile(file, "cannot be read (" + e + ")");
                }
                throw e;
            }

            private String relative(Path file) {
                return directory.relativize(file).toString().replace('\\', '/');
            }

            private ScriptException notAFile(Path entry, String what) {
                return new ScriptException(shown.apply(relative(entry)), 0, what + ", not a revision file; migrate "
                        + "reads every *.sql entry of the migrations directory as one, so remove it or rename it");
            }
        });
        return names;
    }

    private static boolean isRevisionName(Path entry) {
        Path name = entry.getFileName();
        return name != null && !name.toString().startsWith(".")
                && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
    }

    /** What an entry that is not a regular file is, in words. */
    private static String what(Path entry, BasicFileAttributes attributes) {
        if (!attributes.isSymbolicLink()) {
            return attributes.isDirectory() ? "is a directory" : "is not a regular file (a FIFO, socket or device)";
        }
        String target;
        try {
            target = Files.readSymbolicLink(entry).toString();
        } catch (IOException e) {
            target = "?";
        }
        if (Files.isDirectory(entry)) {
            return "is a symbolic link to a directory (" + target + ")";
        }
        if (Files.exists(entry)) {
            return "is a symbolic link to something that is not a regular file (" + target + ")";
        }
        try {
            entry.toRealPath();
            return "is a symbolic link to " + target + ", which cannot be read";
        } catch (java.nio.file.FileSystemException e) {
            return e.getReason() != null && e.getReason().toLowerCase(java.util.Locale.ROOT).contains("too many")
                    ? "is a symbolic link that leads to itself (a loop through " + target + ")"
                    : "is a symbolic link to " + target + ", which does not exist";
        } catch (IOException e) {
            return "is a symbolic link to " + target + ", which does not exist";
        }
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
