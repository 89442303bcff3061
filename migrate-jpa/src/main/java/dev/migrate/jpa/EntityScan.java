package dev.migrate.jpa;

import dev.migrate.autogenerate.ModelClasses;
import dev.migrate.autogenerate.ModelException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds the JPA classes among the compiled classes (and the entity jars named, opt-in) by reading the class files,
 * without loading them (loading would need their dependencies, and must not run static initialisers). A class annotated {@code @Entity} names the
 * annotation's descriptor in its constant pool; nothing else puts that exact descriptor there.
 *
 * @param entities   classes annotated {@code jakarta.persistence.Entity}, sorted
 * @param converters classes annotated {@code jakarta.persistence.Converter} (auto-applied ones must be registered)
 * @param legacy     classes annotated {@code javax.persistence.Entity}, sorted
 */
record EntityScan(List<String> entities, List<String> converters, List<String> legacy) {

    private static final byte[] JAKARTA_ENTITY = "Ljakarta/persistence/Entity;".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JAKARTA_CONVERTER = "Ljakarta/persistence/Converter;".getBytes(StandardCharsets.UTF_8);
    private static final byte[] JAVAX_ENTITY = "Ljavax/persistence/Entity;".getBytes(StandardCharsets.UTF_8);

    static EntityScan of(ModelClasses classes) {
        List<String> entities = new ArrayList<>();
        List<String> converters = new ArrayList<>();
        List<String> legacy = new ArrayList<>();
        for (Path directory : classes.directories().keySet()) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String name = className(directory, file);
                    if (name.endsWith("package-info") || name.endsWith("module-info") || !classes.inPackages(name)) {
                        continue;
                    }
                    classify(name, Files.readAllBytes(file), entities, converters, legacy);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the compiled classes in " + directory + ": "
                        + e.getMessage(), e);
            }
        }
        for (Map.Entry<Path, String> jar : classes.jars().entrySet()) {
            try (ZipFile zip = new ZipFile(jar.getKey().toFile())) {
                List<? extends ZipEntry> files = zip.stream().filter(e -> !e.isDirectory()
                        && e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/"))
                        .sorted(Comparator.comparing(ZipEntry::getName)).toList();
                for (ZipEntry file : files) {
                    String relative = file.getName();
                    String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
                    if (!name.endsWith("package-info") && !name.endsWith("module-info") && classes.inPackages(name)) {
                        try (InputStream in = zip.getInputStream(file)) {
                            classify(name, in.readAllBytes(), entities, converters, legacy);
                        }
                    }
                }
            } catch (IOException e) {
                throw new ModelException("cannot read the entity jar " + jar.getValue() + " (" + jar.getKey() + "): "
                        + e.getMessage());
            }
        }
        return new EntityScan(List.copyOf(entities), List.copyOf(converters), List.copyOf(legacy));
    }

    /** Files the class by its annotation; a class found twice (compiled and in a jar) counts once. */
    private static void classify(String name, byte[] bytes, List<String> entities, List<String> converters,
                                 List<String> legacy) {
        if (entities.contains(name) || converters.contains(name) || legacy.contains(name)) {
            return;
        }
        if (contains(bytes, JAKARTA_ENTITY)) {
            entities.add(name);
        } else if (contains(bytes, JAKARTA_CONVERTER)) {
            converters.add(name);
        } else if (contains(bytes, JAVAX_ENTITY)) {
            legacy.add(name);
        }
    }

    boolean isEmpty() {
        return entities.isEmpty() && legacy.isEmpty();
    }

    /** E.g. {@code "4 @Entity classes in target/classes"}. */
    static String describe(int count, ModelClasses classes) {
        List<String> places = new ArrayList<>(classes.directories().entrySet().stream()
                .filter(e -> Files.isDirectory(e.getKey())).map(Map.Entry::getValue).toList());
        places.addAll(classes.jars().values());
        String where = places.isEmpty() ? classes.describeDirectories() : String.join(", ", places);
        return count + " @Entity class" + (count == 1 ? "" : "es") + " in " + where
                + (classes.packages().isEmpty() ? "" : " (packages " + String.join(", ", classes.packages()) + ")");
    }

    private static String className(Path directory, Path file) {
        String relative = directory.relativize(file).toString().replace('\\', '/');
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
