package dev.migrate.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fetches a library a model needs and the project lacks (a Hibernate for JPA entities) with its runtime
 * dependencies, from the project's repositories through Maven's own resolver, only when it is asked for: the plugin
 * itself never depends on it, so builds without entities never download it.
 */
final class RepositoryLibraries implements Function<String, Optional<List<Path>>> {

    private final RepositorySystem repositories;
    private final MavenSession session;
    private final MavenProject project;
    private final Log log;

    private RepositoryLibraries(RepositorySystem repositories, MavenSession session, MavenProject project, Log log) {
        this.repositories = repositories;
        this.session = session;
        this.project = project;
        this.log = log;
    }

    /** The fetcher of this build, or none outside a project (nothing to resolve against). */
    static Function<String, Optional<List<Path>>> of(RepositorySystem repositories, MavenSession session,
                                                     MavenProject project, Log log) {
        if (repositories == null || session == null || session.getRepositorySession() == null || project == null) {
            return null;
        }
        return new RepositoryLibraries(repositories, session, project, log);
    }

    @Override
    public Optional<List<Path>> apply(String coordinates) {
        CollectRequest collect = new CollectRequest(new Dependency(new DefaultArtifact(coordinates), "runtime"),
                project.getRemoteProjectRepositories());
        try {
            List<Path> files = new ArrayList<>();
            for (ArtifactResult result : repositories.resolveDependencies(session.getRepositorySession(),
                    new DependencyRequest(collect, null)).getArtifactResults()) {
                files.add(result.getArtifact().getFile().toPath());
            }
            log.info("The project has no Hibernate ORM: migrate uses " + coordinates + " (" + files.size()
                    + " jars with its dependencies) to map the JPA entities.");
            return Optional.of(files);
        } catch (DependencyResolutionException e) {
            throw new IllegalStateException(e.getMessage()
                    + " (offline, or a repository without it? add org.hibernate.orm:hibernate-core to the project)", e);
        }
    }
}
