package dev.migrate.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** migrate:report as the site plugin uses it: a MavenReport that renders into the sink it is given. */
@ExtendWith(GoalTestExtension.class)
class ReportMojoTest {

    @TempDir
    Path project;

    @Test
    @InjectMojo(goal = "report", pom = "classpath:/unit/pom.xml")
    void theSitePluginGetsTheMigrationsPageInItsSink(ReportMojo mojo) throws Exception {
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migrations"));
        Files.writeString(migrations.resolve("20261121_1001-a1_create_users.sql"), """
                -- Create users
                --
                -- Revision ID: a1
                -- Revises:
                -- Create Date: 2026-11-21 10:01:00

                -- migrate:upgrade
                CREATE TABLE users (id INT);
                """);
        MavenSession session = mock(MavenSession.class);
        when(session.getUserProperties()).thenReturn(new Properties());
        mojo.session = session;
        mojo.environment = Map.of();
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.reportsDirectory = project.resolve("target/migrate").toFile();
        mojo.migrationsDirectory = migrations.toFile();
        List<String> calls = new ArrayList<>();
        Sink sink = (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null || args.length == 0 ? "" : ":" + args[0]));
                    return null;
                });

        MavenReport report = mojo;
        assertThat(report.getOutputName()).isEqualTo("migrate");
        assertThat(report.canGenerateReport()).isTrue();
        report.generate(sink, Locale.ROOT);

        assertThat(calls).contains("title", "text:Migrations", "title_", "body", "body_");
        String raw = calls.stream().filter(c -> c.startsWith("rawText:")).findFirst().orElseThrow();
        assertThat(raw).contains("<svg", "data-revision=\"a1\"", "<td class=\"id\">a1</td>", "1 pending");
        // The site plugin writes the page; the goal itself wrote nothing.
        assertThat(project.resolve("target/site/migrate.html")).doesNotExist();
    }
}
