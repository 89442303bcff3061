package dev.migrate.maven;

import dev.migrate.api.Location;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every goal shares: the migrations, skipping, reports, and turning migrate's errors into build failures. Goals
 * implement {@link #run(Migrator)} and stay short. The goals that only read and write revision files (heads,
 * branches, merge) extend this class directly and so have no connection parameters at all: they neither need nor
 * read a URL, user or password. Goals that use a database extend {@link AbstractDatabaseMojo}.
 */
public abstract class AbstractMigrateMojo extends AbstractMojo {

    /**
     * Skips the goal.
     * Also configurable with the property {@code migrate.skip}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * The directory of revision files. Under {@code src/main/resources} by default, so the migrations are packaged
     * with the application too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.migrationsDirectory", defaultValue = "${project.basedir}/src/main/resources/db/migrations")
    protected File migrationsDirectory;

    /**
     * Where revisions come from, instead of {@code migrationsDirectory} (Flyway's {@code locations}, Liquibase's
     * classpath changelogs): {@code classpath:db/migrations} reads revision files and Java migrations of package
     * {@code db.migrations} from the project's classes and its runtime dependencies (a shared-schema jar), and
     * {@code filesystem:<directory>} a directory, relative to the project. Several locations form one graph;
     * {@code generate} and {@code merge} write into the first {@code filesystem:} one. Comma-separated with
     * {@code -Dmigrate.locations}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.locations")
    protected List<String> locations;

    /**
     * Where the goals write their JSON reports.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.reportsDirectory", defaultValue = "${project.build.directory}/migrate")
    protected File reportsDirectory;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    protected File buildDirectory;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The project, for its compiled classes and runtime class path (Java migrations and what they use). */
    @Parameter(defaultValue = "${project}", readonly = true)
    protected MavenProject project;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping migrate:" + goal() + " (migrate.skip=true).");
            return;
        }
        try (ProjectClasses classes = ProjectClasses.of(project, getClass().getClassLoader())) {
            List<Location> where = new ArrayList<>();
            if (locations == null || locations.isEmpty()) {
                where.add(Location.directory(migrationsDirectory.toPath(), shown(migrationsDirectory)));
            } else {
                locations.forEach(text -> where.add(Location.parse(text, basedir == null ? null : basedir.toPath())));
            }
            classes.outputDirectory().ifPresent(dir -> where.add(Location.compiledClasses(dir.toPath(), shown(dir))));
            Migrator.Builder builder = Migrator.configure()
                    .locations(where)
                    .listener(new MavenListener(getLog()))
                    .classLoader(classes.loader())
                    .baseDirectory(basedir == null ? null : basedir.toPath());
            try (AutoCloseable ignored = open(builder)) {
                configure(builder);
                run(builder.build());
            }
        } catch (MigrateException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot read the project's class path: " + e.getMessage(), e);
        } catch (MojoFailureException | MojoExecutionException e) {
            throw e;
        } catch (Exception e) {
            throw new MojoExecutionException("migrate:" + goal() + " failed unexpectedly: "
                    + scrub(String.valueOf(e.getMessage())) + " (" + e.getClass().getName() + ")");
        }
    }

    /** The goal's name, for messages. */
    protected abstract String goal();

    /**
     * Adds what the goal reaches beyond its files (a database) to the configuration, and returns what to close when
     * the goal is done. The goals that only read and write files read no connection setting: the core's
     * configuration wants a database, so they name the embedded default, which they never open (a test checks that
     * no database file appears).
     */
    AutoCloseable open(Migrator.Builder builder) throws MojoFailureException, MojoExecutionException {
        builder.connection(ConnectionLayers.embeddedDefault(buildDirectory));
        return () -> { };
    }

    /** A message of an unexpected failure with the secrets the goal knows masked. */
    String scrub(String message) {
        return message;
    }

    /** Adds the goal's own settings to the configuration; most goals have none. */
    protected void configure(Migrator.Builder builder) {
    }

    /** Does the goal's work. */
    protected abstract void run(Migrator migrator) throws MojoFailureException, MojoExecutionException;

    /** A path relative to the project when it is inside it, for shorter messages. */
    protected String shown(File file) {
        Path path = file.toPath().toAbsolutePath().normalize();
        Path base = basedir == null ? null : basedir.toPath().toAbsolutePath().normalize();
        if (base != null && path.startsWith(base)) {
            String relative = base.relativize(path).toString().replace('\\', '/');
            return relative.isEmpty() ? "." : relative;
        }
        return path.toString();
    }

    /** The items of a list parameter, each split at commas too, stripped; empty for null. */
    protected static List<String> items(List<String> configured) {
        return ParameterWords.items(configured);
    }

    /** The {@code -D} properties of the build. */
    java.util.Properties commandLine() {
        return session == null || session.getUserProperties() == null ? new java.util.Properties()
                : session.getUserProperties();
    }

    /** Writes a report file and logs where it went. */
    protected void writeReport(String name, String content) throws MojoExecutionException {
        Path target = reportsDirectory.toPath().resolve(name);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + target + ": " + e.getMessage(), e);
        }
        getLog().info("Report: " + shown(target.toFile()));
    }
}
