package dev.migrate.script;

import dev.migrate.dialect.h2.H2Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Revision files from class directories, jars and Spring Boot-style fat jars. */
class ClasspathSourceTest {

    private static final String FIRST = "-- First\n--\n-- Revision ID: r1\n-- Revises:\n\n-- migrate:upgrade\nSELECT 1;\n";
    private static final String SECOND = "-- Second\n--\n-- Revision ID: r2\n-- Revises: r1\n\n-- migrate:upgrade\nSELECT 2;\n";

    @TempDir
    Path temp;

    @Test
    void readsAnExplodedClassDirectory() throws Exception {
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes.resolve("db/migrations/sub"));
        Files.writeString(classes.resolve("db/migrations/a.sql"), FIRST);
        Files.writeString(classes.resolve("db/migrations/sub/b.sql"), SECOND);

        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, null)) {
            assertThat(contents(new ClasspathSource("db/migrations", loader)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("a.sql", FIRST, "sub/b.sql", SECOND));
        }
    }

    @Test
    void readsAJar() throws Exception {
        Path jar = jar("app.jar", Map.of("db/migrations/a.sql", FIRST, "db/migrations/b.sql", SECOND,
                "db/other/c.sql", "not ours"));

        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            ClasspathSource source = new ClasspathSource("/db/migrations/", loader);
            assertThat(source.exists()).isTrue();
            assertThat(contents(source)).containsOnlyKeys("a.sql", "b.sql");
            assertThat(source.list()).extracting(ScriptSource.Resource::location)
                    .contains("classpath:db/migrations/a.sql (in app.jar)");
        }
    }

    @Test
    void readsAFatJarsBootInfClassesInBothUrlForms() throws Exception {
        Path jar = jar("fat.jar", Map.of("BOOT-INF/classes/db/migrations/a.sql", FIRST,
                "BOOT-INF/classes/db/migrations/b.sql", SECOND, "org/springframework/boot/loader/Launcher.class", "x"));
        String file = jar.toUri().toString();
        String nested = "nested:" + jar.toAbsolutePath() + "/!BOOT-INF/classes/!/db/migrations";

        assertThat(contents(new ClasspathSource("db/migrations", loaderOf("jar:" + file + "!/BOOT-INF/classes!/db/migrations"))))
                .containsOnlyKeys("a.sql", "b.sql");
        assertThat(contents(new ClasspathSource("db/migrations", loaderOf("jar:" + nested))))
                .containsOnlyKeys("a.sql", "b.sql");
    }

    @Test
    void readsAJarNestedInAFatJar() throws Exception {
        Path library = jar("lib.jar", Map.of("db/migrations/a.sql", FIRST));
        Path fat = jar("fat.jar", Map.of("BOOT-INF/lib/lib.jar", Files.readString(library, StandardCharsets.ISO_8859_1)));

        ClasspathSource source = new ClasspathSource("db/migrations",
                loaderOf("jar:" + fat.toUri() + "!/BOOT-INF/lib/lib.jar!/db/migrations"));

        assertThat(contents(source)).containsExactlyEntriesOf(Map.of("a.sql", FIRST));
    }

    @Test
    void revisionsLoadFromAJarLikeFromADirectory() throws Exception {
        Path jar = jar("app.jar", Map.of("db/migrations/20261121_0900-r1_first.sql", FIRST,
                "db/migrations/20261121_0901-r2_second.sql", SECOND));

        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, null)) {
            ScriptDirectory scripts = ScriptDirectory.load(new ClasspathSource("db/migrations", loader), H2Dialect.SPLITTING);
            assertThat(scripts.graph().heads()).containsExactly("r2");
            assertThat(scripts.description()).isEqualTo("classpath:db/migrations");
        }
    }

    @Test
    void aMissingLocationDoesNotExist() throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[]{temp.toUri().toURL()}, null)) {
            assertThat(new ClasspathSource("db/nowhere", loader).exists()).isFalse();
        }
    }

    private static Map<String, String> contents(ClasspathSource source) throws IOException {
        Map<String, String> contents = new LinkedHashMap<>();
        for (ScriptSource.Resource resource : source.list()) {
            contents.put(resource.relativeName(), new String(resource.read(), StandardCharsets.UTF_8));
        }
        return contents;
    }

    /** A class loader that answers one root URL, as Spring Boot's launcher does. */
    private static ClassLoader loaderOf(String root) {
        return new ClassLoader(null) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return Collections.enumeration(List.of(new URL(null, root, new java.net.URLStreamHandler() {
                    @Override
                    protected java.net.URLConnection openConnection(URL u) {
                        throw new UnsupportedOperationException("listed through the jar, never opened");
                    }
                })));
            }
        };
    }

    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            // Directory entries, as maven-jar-plugin and Spring Boot write them: class loaders find directories by them.
            java.util.Set<String> directories = new java.util.TreeSet<>();
            for (String entry : entries.keySet()) {
                for (int slash = entry.indexOf('/'); slash >= 0; slash = entry.indexOf('/', slash + 1)) {
                    directories.add(entry.substring(0, slash + 1));
                }
            }
            for (String directory : directories) {
                out.putNextEntry(new JarEntry(directory));
                out.closeEntry();
            }
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(entry.getKey().endsWith(".jar") ? StandardCharsets.ISO_8859_1
                        : StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }
}
