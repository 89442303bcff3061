package dev.migrate.maven;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project's compiled classes and runtime class path, for Java migrations and the code they call. Classes of
 * migrate itself (and the JDBC drivers of the plugin) come from the plugin: the loader asks its parent first, so a
 * project that depends on migrate-core to compile its Java migrations shares the plugin's {@code JavaMigration}.
 */
final class ProjectClasses implements AutoCloseable {

    private final ClassLoader loader;
    private final File outputDirectory;

    private ProjectClasses(ClassLoader loader, File outputDirectory) {
        this.loader = loader;
        this.outputDirectory = outputDirectory;
    }

    /** The project's classes; just the plugin's own when there is no project (a goal run outside one). */
    static ProjectClasses of(MavenProject project, ClassLoader plugin) {
        if (project == null || project.getBuild() == null || project.getBuild().getOutputDirectory() == null) {
            return new ProjectClasses(plugin, null);
        }
        List<URL> urls = new ArrayList<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            return new ProjectClasses(plugin, null);
        }
        File output = new File(project.getBuild().getOutputDirectory());
        return new ProjectClasses(new URLClassLoader(urls.toArray(URL[]::new), plugin), output);
    }

    /**
     * The jars of the project's dependencies named {@code groupId:artifactId} ({@code migrate.entityJars}), each with
     * its name, in the order given.
     *
     * @throws MigrateException when a name is malformed or not among the project's runtime dependencies
     */
    static Map<Path, String> dependencyJars(MavenProject project, List<String> names) {
        Map<Path, String> jars = new LinkedHashMap<>();
        if (names.isEmpty()) {
            return jars;
        }
        Set<Artifact> artifacts = project == null ? Set.of() : project.getArtifacts();
        for (String name : names) {
            String[] parts = name.split(":");
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.entityJars: '" + name
                        + "' is not groupId:artifactId");
            }
            Artifact jar = artifacts.stream().filter(a -> a.getGroupId().equals(parts[0])
                    && a.getArtifactId().equals(parts[1]) && a.getFile() != null
                    && a.getFile().getName().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new MigrateException(ErrorKind.CONFIGURATION, "migrate.entityJars: " + name
                            + " is not a jar among the project's runtime dependencies; add it to <dependencies> "
                            + "(compile or runtime scope), or remove it from migrate.entityJars"));
            jars.put(jar.getFile().toPath(), name);
        }
        return jars;
    }

    ClassLoader loader() {
        return loader;
    }

    /** The directory Java migrations are compiled to ({@code target/classes}), when there is a project. */
    Optional<File> outputDirectory() {
        return Optional.ofNullable(outputDirectory);
    }

    @Override
    public void close() throws IOException {
        if (loader instanceof URLClassLoader own) {
            own.close();
        }
    }
}
