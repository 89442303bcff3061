package dev.migrate.maven;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.junit.jupiter.api.extension.ExtendWith;
import dev.migrate.report.CheckReport;
import dev.migrate.report.CheckResult;
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
        writeRevision();
        List<String> calls = new ArrayList<>();
        prepared(mojo);
        Sink sink = recording(calls);

        MavenReport report = mojo;
        assertThat(report.getOutputName()).isEqualTo("migrate");
        assertThat(report.canGenerateReport()).isTrue();
        report.generate(sink, Locale.ROOT);

        assertThat(calls).contains("title", "text:Migrations", "title_", "body", "body_");
        String raw = calls.stream().filter(c -> c.startsWith("rawText:")).findFirst().orElseThrow();
        assertThat(raw).contains("<svg", "data-revision=\"a1\"", "<td class=\"id\">a1</td>", "1 pending");
        // Not a git checkout, and no check ran: no author columns, no check section, and no complaint.
        assertThat(raw).doesNotContain("<th>Author</th>", "Last check");
        // The site plugin writes the page; the goal itself wrote nothing.
        assertThat(project.resolve("target/site/migrate.html")).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "report", pom = "classpath:/unit/pom.xml")
    void inAGitCheckoutThePageNamesWhoAddedEachRevisionAndShowsTheLastCheck(ReportMojo mojo) throws Exception {
        writeRevision();
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=Ada Lovelace", "-c", "user.email=ada@example.com", "commit", "-q", "-m", "users");
        Path reports = Files.createDirectories(project.resolve("target/migrate"));
        Files.writeString(reports.resolve("TEST-migrate-check.xml"), new CheckReport(null, List.of(
                CheckResult.passed("graph", "one head", List.of(), 3),
                new CheckResult("drift", CheckResult.Outcome.FAILED, "the database differs <by> one table",
                        List.of("DROP TABLE extra;"), 12),
                new CheckResult("lint", CheckResult.Outcome.SKIPPED, "nothing pending", List.of(), 0))).toJUnitXml());
        List<String> calls = new ArrayList<>();
        prepared(mojo);
        Sink sink = recording(calls);

        mojo.generate(sink, Locale.ROOT);

        String raw = calls.stream().filter(c -> c.startsWith("rawText:")).findFirst().orElseThrow();
        assertThat(raw).contains("<th>Author</th><th>Committed</th>", "<td class=\"author\">Ada Lovelace</td>",
                "<td class=\"committed\">2026-11-21T10:05:00+00:00</td>");
        assertThat(raw).contains("<h3>Last check</h3>", "<p>Failed, written ",
                "<tr><td>graph</td><td class=\"passed\" style=\"color:#1b5e20\">passed</td><td></td></tr>",
                "<tr><td>drift</td><td class=\"failed\" style=\"color:#b71c1c;font-weight:bold\">failed</td>"
                        + "<td>the database differs &lt;by&gt; one table</td></tr>",
                "<td class=\"skipped\" style=\"color:#616161\">skipped</td><td>nothing pending</td>");
    }

    private void writeRevision() throws Exception {
        Files.writeString(Files.createDirectories(project.resolve("src/main/resources/db/migrations"))
                .resolve("20261121_1001-a1_create_users.sql"), """
                -- Create users
                --
                -- Revision ID: a1
                -- Revises:
                -- Create Date: 2026-11-21 10:01:00

                -- migrate:upgrade
                CREATE TABLE users (id INT);
                """);
    }

    /** The goal as the site plugin has it: the project's directories, no -D, no environment. */
    private ReportMojo prepared(ReportMojo mojo) {
        MavenSession session = mock(MavenSession.class);
        when(session.getUserProperties()).thenReturn(new Properties());
        mojo.session = session;
        mojo.environment = Map.of();
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.reportsDirectory = project.resolve("target/migrate").toFile();
        mojo.migrationsDirectory = project.resolve("src/main/resources/db/migrations").toFile();
        return mojo;
    }

    /** A sink that records each call with its first argument. */
    private static Sink recording(List<String> calls) {
        return (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                    calls.add(method.getName() + (args == null || args.length == 0 ? "" : ":" + args[0]));
                    return null;
                });
    }

    private void git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", project.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("GIT_AUTHOR_DATE", "2026-11-21T10:05:00Z");
        builder.environment().put("GIT_COMMITTER_DATE", "2026-11-21T10:05:00Z");
        Process git = builder.start();
        String output = new String(git.getInputStream().readAllBytes());
        assertThat(git.waitFor()).as("git " + String.join(" ", arguments) + ": " + output).isZero();
    }
}
