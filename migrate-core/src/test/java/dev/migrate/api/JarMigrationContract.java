package dev.migrate.api;

import dev.migrate.JavaMigration;
import dev.migrate.report.UpgradeResult;
import dev.migrate.testing.RecordingListener;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that migrates itself from its own jar: SQL files and a Java migration compiled for the test, packed
 * into a real jar (and into a Spring Boot-style fat jar under {@code BOOT-INF/classes}), found through
 * {@code classpath:jarred/migrations} and applied.
 */
abstract class JarMigrationContract {

    private static final String SQL_BASE = """
            -- Create publishers
            --
            -- Revision ID: p1
            -- Revises:

            -- migrate:upgrade
            CREATE TABLE publishers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);

            -- migrate:downgrade
            DROP TABLE publishers;
            """;
    private static final String SQL_TOP = """
            -- Check publishers
            --
            -- Revision ID: p3
            -- Revises: p2

            -- migrate:upgrade
            ALTER TABLE publishers ADD CONSTRAINT publishers_name_present CHECK (name <> '');

            -- migrate:downgrade
            ALTER TABLE publishers DROP CONSTRAINT publishers_name_present;
            """;
    private static final String JAVA = """
            package jarred.migrations;

            import dev.migrate.JavaMigration;
            import dev.migrate.Revision;
            import java.sql.Connection;
            import java.sql.Statement;

            @Revision(id = "p2", revises = "p1", message = "Seed publishers")
            public class SeedPublishers implements JavaMigration {
                @Override
                public void upgrade(Connection connection) throws Exception {
                    try (Statement st = connection.createStatement()) {
                        st.executeUpdate("INSERT INTO publishers (id, name) VALUES (1, 'Gollancz'), (2, 'Corgi')");
                    }
                }

                @Override
                public void downgrade(Connection connection) throws Exception {
                    try (Statement st = connection.createStatement()) {
                        st.executeUpdate("DELETE FROM publishers");
                    }
                }
            }
            """;

    @TempDir
    Path temp;

    RecordingListener listener;
    byte[] compiledClass;

    abstract TestDatabase database();

    @BeforeEach
    void compileTheJavaMigration() throws Exception {
        listener = new RecordingListener();
        Path sources = Files.createDirectories(temp.resolve("src/jarred/migrations"));
        Path source = Files.writeString(sources.resolve("SeedPublishers.java"), JAVA);
        Path classes = Files.createDirectories(temp.resolve("classes"));
        String migrateCore = Path.of(JavaMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = compiler.run(null, null, errors, "-classpath", migrateCore, "-d", classes.toString(),
                source.toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
        compiledClass = Files.readAllBytes(classes.resolve("jarred/migrations/SeedPublishers.class"));
    }

    Migrator migrator(ClassLoader loader) {
        return Migrator.configure().url(database().url()).user(database().user()).password(database().password())
                .classLoader(loader).locations("classpath:jarred/migrations").listener(listener).build();
    }

    @Test
    void anApplicationJarMigratesItself() throws Exception {
        Path jar = jar("app.jar", "");

        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, getClass().getClassLoader())) {
            UpgradeResult result = migrator(loader).upgrade();

            assertThat(result.migrations()).extracting(m -> m.revision().revision()).containsExactly("p1", "p2", "p3");
            assertThat(result.migrations().get(0).revision().location())
                    .isEqualTo("classpath:jarred/migrations/20261121_1001-p1_create_publishers.sql (in app.jar)");
            assertThat(database().query("SELECT name FROM publishers ORDER BY id"))
                    .containsExactly(List.of("Gollancz"), List.of("Corgi"));
            assertThat(migrator(loader).status().isUpToDate()).isTrue();
            migrator(loader).downgrade("base");
            assertThat(database().tableExists("publishers")).isFalse();
        }
    }

    @Test
    void aSpringBootFatJarMigratesFromItsBootInfClasses() throws Exception {
        Path fat = jar("boot.jar", "BOOT-INF/classes/");

        try (FatJarLoader loader = new FatJarLoader(fat, getClass().getClassLoader())) {
            UpgradeResult result = migrator(loader).upgrade();

            assertThat(result.migrations()).extracting(m -> m.revision().revision()).containsExactly("p1", "p2", "p3");
            assertThat(database().query("SELECT count(*) FROM publishers")).containsExactly(List.of(2L));
        }
    }

    /** A jar with the migrations under {@code root} ({@code ""} or {@code BOOT-INF/classes/}), directory entries too. */
    private Path jar(String name, String root) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(root + "jarred/", null);
        entries.put(root + "jarred/migrations/", null);
        entries.put(root + "jarred/migrations/20261121_1001-p1_create_publishers.sql", SQL_BASE.getBytes(StandardCharsets.UTF_8));
        entries.put(root + "jarred/migrations/SeedPublishers.class", compiledClass);
        entries.put(root + "jarred/migrations/20261121_1003-p3_check_publishers.sql", SQL_TOP.getBytes(StandardCharsets.UTF_8));
        Path jar = temp.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new JarEntry(entry.getKey()));
                if (entry.getValue() != null) {
                    out.write(entry.getValue());
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * What Spring Boot's launcher does for a fat jar, reduced to what migrate needs: resources of
     * {@code BOOT-INF/classes} answered with {@code jar:file:...!/BOOT-INF/classes!/...} URLs, classes defined from
     * the bytes there.
     */
    private static final class FatJarLoader extends ClassLoader implements AutoCloseable {
        private final Path jar;
        private final JarFile file;

        FatJarLoader(Path jar, ClassLoader parent) throws IOException {
            super(parent);
            this.jar = jar;
            this.file = new JarFile(jar.toFile());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JarEntry entry = file.getJarEntry("BOOT-INF/classes/" + name.replace('.', '/') + ".class");
            if (entry == null) {
                throw new ClassNotFoundException(name);
            }
            try (InputStream in = file.getInputStream(entry)) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            String path = name.replaceAll("/+$", "");
            if (file.getJarEntry("BOOT-INF/classes/" + path + "/") == null) {
                return Collections.emptyEnumeration();
            }
            return Collections.enumeration(List.of(new URL("jar:" + jar.toUri() + "!/BOOT-INF/classes!/" + path)));
        }

        @Override
        public void close() throws IOException {
            file.close();
        }
    }
}
