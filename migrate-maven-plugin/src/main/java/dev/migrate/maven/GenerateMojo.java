package dev.migrate.maven;

import dev.migrate.api.GenerateRequest;
import dev.migrate.api.GeneratedRevision;
import dev.migrate.api.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.util.List;

/**
 * Writes a new revision file on top of the current head of the migrations directory, like
 * {@code alembic revision -m "..."}; with {@code autogenerate}, filled with the upgrade and downgrade that turn the
 * migrations' schema into the schema files' (like {@code alembic revision --autogenerate}).
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME, configurator = GoalConfigurator.HINT)
public class GenerateMojo extends AbstractDatabaseMojo {

    /**
     * What the revision does, e.g. {@code "Add users table"}: the first line of the file and its name. Required.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.message")
    private String message;

    /**
     * The revision id to use instead of a random 12-digit hex id (Alembic's {@code --rev-id}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.revisionId")
    private String revisionId;

    /**
     * Branch labels for the new revision (Alembic's {@code --branch-label}), a list or comma-separated; targets can
     * then say {@code <label>@head}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.branchLabel")
    private List<String> branchLabel;

    /**
     * Fills the revision with the difference between the schema the migrations produce and the schema files,
     * computed on a shadow database; the file is then replayed there to check it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.autogenerate", defaultValue = "false")
    private boolean autogenerate;

    /**
     * With autogenerate: {@code migrations} (a shadow database with every revision replayed; touches nothing live)
     * or {@code database} (the configured database, which must be up to date, as Alembic does).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.compareWith", defaultValue = "migrations")
    private GenerateRequest.CompareWith compareWith;

    /**
     * With autogenerate: write a file even when nothing differs.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.allowEmpty", defaultValue = "false")
    private boolean allowEmpty;

    /**
     * Where the new revision attaches when the migrations have several heads (Alembic's {@code --head}): a head's id,
     * unique prefix or branch label, {@code <label>@head}, or {@code base} to start a new independent base. Default:
     * the only head.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.head")
    private String head;

    /**
     * Allows {@code head} to name a revision that is not a head, starting a new branch there (Alembic's
     * {@code --splice}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.splice", defaultValue = "false")
    private boolean splice;

    /**
     * The revisions (a list, or comma-separated) the new revision depends on across branches (Alembic's {@code --depends-on}):
     * ids or prefixes, branch labels or {@code <label>@head}. Upgrading to it first applies them; downgrading one of
     * them first removes it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.dependsOn")
    private List<String> dependsOn;

    /**
     * What to write: {@code sql} (the default), a revision file in the migrations directory; or {@code java}, a
     * {@code dev.migrate.JavaMigration} class under {@code javaSourceDirectory}, for a data migration that SQL cannot
     * express comfortably. The project then depends on {@code dev.migrate:migrate-core} to compile it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.kind", defaultValue = "sql")
    private RevisionKind kind;

    /**
     * The package of a new Java migration. The goals find Java migrations in any package of the compiled classes;
     * an application that reads {@code classpath:db/migrations} finds those of package {@code db.migrations}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.javaPackage", defaultValue = "db.migrations")
    private String javaPackage;

    /**
     * Where a new Java migration's source goes.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.javaSourceDirectory", defaultValue = "${project.build.sourceDirectory}")
    private File javaSourceDirectory;

    @Override
    protected String goal() {
        return "generate";
    }

    @Override
    protected boolean announcesDatabase() {
        return autogenerate;
    }

    @Override
    protected boolean connects() {
        return autogenerate;
    }

    @Override
    protected void run(Migrator migrator) {
        GenerateRequest request = new GenerateRequest(message, revisionId, autogenerate, compareWith, allowEmpty,
                head, splice, items(branchLabel), items(dependsOn), null);
        if (kind == RevisionKind.JAVA) {
            File sources = javaSourceDirectory != null ? javaSourceDirectory : new File(basedir, "src/main/java");
            request = request.asJava(sources.toPath(), javaPackage);
        }
        GeneratedRevision revision = migrator.generate(request);
        if (!revision.verified()) {
            getLog().warn("The generated file did not pass its check on the shadow database; it is marked. "
                    + "Review and fix it before running migrate:upgrade.");
        }
    }
}
