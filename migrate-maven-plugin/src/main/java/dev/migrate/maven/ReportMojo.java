package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.report.CheckReport;
import dev.migrate.report.HistoryReport;
import dev.migrate.report.MigrationsPage;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The "Migrations" page of the project site ({@code migrate.html}): the revision graph drawn as SVG (applied, pending
 * and current revisions, branches, merges, labels, dependencies), a table of the revisions (with who added each file
 * and when, from git, in a git checkout; failed and changed revisions marked), the results of the last
 * {@code migrate:check} when its report is in the reports directory, and the pending revisions.
 * Listed under {@code <reporting>} it is part of {@code mvn site}; run on its own ({@code mvn migrate:report}) it
 * writes {@code target/site/migrate.html} as a page of its own.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class ReportMojo extends AbstractDatabaseMojo implements MavenReport {

    /**
     * Where the page goes when the goal runs on its own; the site plugin sets its own.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File outputDirectory;

    /** The site plugin's sink while it renders the page; null when the goal runs on its own. */
    private Sink sink;

    @Override
    protected String goal() {
        return "report";
    }

    @Override
    protected boolean announcesDatabase() {
        return false;
    }

    @Override
    protected void run(Migrator migrator) throws MojoExecutionException {
        HistoryReport history = migrator.history();
        MigrationsPage page = new MigrationsPage(history).withAuthors(GitAuthors.of(basedir, history.entries()));
        if (history.database() != null) {
            page = page.withProblems(migrator.status().problems());
        }
        Optional<CheckReport> check = LastCheck.read(reportsDirectory.toPath());
        if (check.isPresent()) {
            page = page.withLastCheck(check.get(), LastCheck.writtenAt(reportsDirectory.toPath()));
        }
        if (sink != null) {
            sink.head();
            sink.title();
            sink.text(MigrationsPage.title());
            sink.title_();
            sink.head_();
            sink.body();
            sink.section1();
            sink.sectionTitle1();
            sink.text(MigrationsPage.title());
            sink.sectionTitle1_();
            sink.rawText(page.body());
            sink.section1_();
            sink.body_();
            sink.flush();
            return;
        }
        Path file = outputDirectory.toPath().resolve(getOutputName() + ".html");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, page.document(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + file + ": " + e.getMessage(), e);
        }
        getLog().info("Report: " + shown(file.toFile()) + " (" + history.entries().size() + " revision(s))");
    }

    /** Called by the site plugin: renders the page into its sink, with this goal's configuration. */
    @Override
    public void generate(Sink siteSink, Locale locale) throws MavenReportException {
        this.sink = siteSink;
        try {
            execute();
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        } finally {
            this.sink = null;
        }
    }

    @Override
    public String getOutputName() {
        return "migrate";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return MigrationsPage.title();
    }

    @Override
    public String getDescription(Locale locale) {
        return "The revision graph of the database migrations, the revisions, and which are pending.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.outputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return outputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip;
    }
}
