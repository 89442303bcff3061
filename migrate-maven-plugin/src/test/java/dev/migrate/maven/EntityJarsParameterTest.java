package dev.migrate.maven;

import dev.migrate.api.MigrateException;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code migrate.entityJars} names dependencies by groupId:artifactId; the goal scans their jars. */
class EntityJarsParameterTest {

    private final MavenProject project = project(artifact("com.example", "shared-model", "shared-model-1.0.jar"),
            artifact("com.example", "other", "other-2.0.jar"));

    @Test
    void namedDependenciesBecomeTheirJars() {
        assertThat(ProjectClasses.dependencyJars(project, List.of("com.example:shared-model")))
                .isEqualTo(Map.of(Path.of("/repo/shared-model-1.0.jar"), "com.example:shared-model"));
        assertThat(ProjectClasses.dependencyJars(project, List.of())).isEmpty();
    }

    @Test
    void aNameThatIsNoDependencyFailsNamingTheParameter() {
        assertThatThrownBy(() -> ProjectClasses.dependencyJars(project, List.of("com.example:missing")))
                .isInstanceOf(MigrateException.class)
                .hasMessage("migrate.entityJars: com.example:missing is not a jar among the project's runtime "
                        + "dependencies; add it to <dependencies> (compile or runtime scope), or remove it from "
                        + "migrate.entityJars");
        assertThatThrownBy(() -> ProjectClasses.dependencyJars(project, List.of("shared-model")))
                .hasMessage("migrate.entityJars: 'shared-model' is not groupId:artifactId");
    }

    private static Artifact artifact(String groupId, String artifactId, String file) {
        Artifact artifact = new DefaultArtifact(groupId, artifactId, "1.0", "compile", "jar", null,
                new DefaultArtifactHandler("jar"));
        artifact.setFile(new File("/repo/" + file));
        return artifact;
    }

    private static MavenProject project(Artifact... artifacts) {
        MavenProject project = new MavenProject();
        project.setArtifacts(new LinkedHashSet<>(Set.of(artifacts)));
        return project;
    }
}
