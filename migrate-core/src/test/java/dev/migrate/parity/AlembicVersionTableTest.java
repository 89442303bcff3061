package dev.migrate.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.api.Migrator;
import dev.migrate.report.MigrationListener;
import dev.migrate.report.StatusReport;
import dev.migrate.testing.PostgresDatabase;
import dev.migrate.testing.PostgresExtension;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version table that Alembic itself wrote, on PostgreSQL, brought to migrate the way the README says (its SQL
 * block, run as written), and read the way Alembic reads it. Alembic keeps no row for {@code r1}: the rows of
 * {@code r2} and {@code r3}, which depend on it, imply it.
 *
 * <pre>
 *   r0 <- base          r1 <- r0          r2 <- r0, depends on r1          r3 <- base [label a], depends on r1
 * </pre>
 *
 * Each revision creates a table {@code t_<rev>} and its downgrade drops it, so the schema shows what ran.
 */
@ExtendWith(PostgresExtension.class)
class AlembicVersionTableTest {

    private static final List<String[]> REVISIONS = List.of(
            new String[] {"r0", "", "", ""},
            new String[] {"r1", "r0", "", ""},
            new String[] {"r2", "r0", "", "r1"},
            new String[] {"r3", "", "a", "r1"});

    @Test
    void aTableAlembicWroteIsReadAsAlembicReadsIt(PostgresDatabase database, @TempDir Path work) throws Exception {
        database.reset();
        Alembic alembic = alembicWithPostgres();
        Path project = writeAlembicProject(work.resolve("alembic"));
        Map<String, String> environment = Map.of("PARITY_DATABASE_URL", sqlAlchemyUrl(database));
        alembic.command(environment, "-c", project.resolve("alembic.ini").toString(), "upgrade", "r2");
        alembic.command(environment, "-c", project.resolve("alembic.ini").toString(), "upgrade", "r3");
        assertThat(rows(database, "alembic_version", "version_num")).as("what Alembic wrote").containsExactly("r2", "r3");
        assertThat(tables(database)).containsExactly("t_r0", "t_r1", "t_r2", "t_r3");

        try (Connection c = database.connect(); Statement st = c.createStatement()) {
            for (String sql : readmeRecipe()) {
                st.execute(sql);
            }
        }
        Migrator migrator = Migrator.configure().url(database.url()).user(database.user())
                .password(database.password()).migrationsDirectory(writeMigrateFiles(work.resolve("migrations")))
                .listener(MigrationListener.NONE).build();

        StatusReport status = migrator.status();
        assertThat(status.pending()).as("pending: r1 is applied, implied by r2 and r3").isEmpty();
        assertThat(status.isUpToDate()).isTrue();
        assertThat(migrator.upgrade("heads").migrations()).as("upgrade heads").isEmpty();
        assertThat(migrator.upgrade("r1").migrations()).as("upgrade r1").isEmpty();

        // a@-1 steps down the branch a (just r3); r2 still implies r1.
        assertThat(migrator.downgrade("a@-1").headsAfter()).containsExactly("r2");
        assertThat(tables(database)).containsExactly("t_r0", "t_r1", "t_r2");
        // -1 from r2 removes r2 and nothing else: r1 stays applied and gets a row of its own.
        assertThat(migrator.downgrade("-1").headsAfter()).containsExactly("r1");
        assertThat(tables(database)).containsExactly("t_r0", "t_r1");
        assertThat(rows(database, "migrate_version", "revision")).containsExactly("r1");

        assertThat(migrator.upgrade("heads").migrations()).extracting(m -> m.revision().revision()).containsExactly("r2", "r3");
        assertThat(tables(database)).containsExactly("t_r0", "t_r1", "t_r2", "t_r3");
        assertThat(migrator.downgrade("base").headsAfter()).isEmpty();
        assertThat(tables(database)).isEmpty();
        assertThat(rows(database, "alembic_version", "version_num")).as("Alembic's table is left as it was")
                .containsExactly("r2", "r3");
    }

    private static Alembic alembicWithPostgres() throws Exception {
        List<String> tried = new ArrayList<>();
        Optional<Alembic> found = Alembic.find(tried);
        String why = null;
        if (found.isEmpty()) {
            why = "no Python with Alembic; install Debian's python3-alembic (.ci/run does). Tried: " + tried;
        } else if (!found.get().imports("psycopg2")) {
            why = found.get().python() + " has Alembic but not psycopg2; install Debian's python3-psycopg2 (.ci/run does)";
        }
        if (why != null) {
            if ("true".equals(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        return found.get();
    }

    /** An Alembic project as {@code alembic init} would leave it, with an online env.py and the four revisions. */
    private static Path writeAlembicProject(Path directory) throws Exception {
        Files.createDirectories(directory.resolve("versions"));
        Files.writeString(directory.resolve("alembic.ini"), "[alembic]\nscript_location = " + directory + "\n");
        Files.writeString(directory.resolve("env.py"), """
                import os
                from alembic import context
                from sqlalchemy import create_engine

                engine = create_engine(os.environ["PARITY_DATABASE_URL"])
                with engine.connect() as connection:
                    context.configure(connection=connection)
                    with context.begin_transaction():
                        context.run_migrations()
                """);
        for (String[] r : REVISIONS) {
            Files.writeString(directory.resolve("versions").resolve(r[0] + ".py"), "from alembic import op\n\n"
                    + "revision = '" + r[0] + "'\n"
                    + "down_revision = " + (r[1].isEmpty() ? "None" : "'" + r[1] + "'") + "\n"
                    + "branch_labels = " + (r[2].isEmpty() ? "None" : "('" + r[2] + "',)") + "\n"
                    + "depends_on = " + (r[3].isEmpty() ? "None" : "'" + r[3] + "'") + "\n\n\n"
                    + "def upgrade():\n    op.execute('CREATE TABLE t_" + r[0] + " (id INTEGER)')\n\n\n"
                    + "def downgrade():\n    op.execute('DROP TABLE t_" + r[0] + "')\n");
        }
        return directory;
    }

    private static Path writeMigrateFiles(Path directory) throws Exception {
        dev.migrate.testing.MigrationFiles files = new dev.migrate.testing.MigrationFiles(directory);
        for (String[] r : REVISIONS) {
            files.add(r[0], r[1], r[2], r[3], "Revision " + r[0], "CREATE TABLE t_" + r[0] + " (id INTEGER);",
                    "DROP TABLE t_" + r[0] + ";");
        }
        return directory;
    }

    /** The statements of the README's SQL block under "Bringing an Alembic database along". */
    private static List<String> readmeRecipe() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int section = readme.indexOf("**Bringing an Alembic database along.**");
        assertThat(section).as("the README's section on bringing an Alembic database along").isPositive();
        int start = readme.indexOf("```sql\n", section) + "```sql\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        List<String> statements = new ArrayList<>();
        for (String statement : block.split(";")) {
            if (!statement.isBlank()) {
                statements.add(statement.strip());
            }
        }
        assertThat(statements).hasSize(2);
        return statements;
    }

    /** {@code jdbc:postgresql://host:port/db?...} as SQLAlchemy wants it: {@code postgresql://user:pw@host:port/db}. */
    private static String sqlAlchemyUrl(PostgresDatabase database) {
        URI uri = URI.create(database.url().substring("jdbc:".length()));
        String credentials = database.user() == null ? "" : database.user()
                + (database.password() == null ? "" : ":" + database.password()) + "@";
        return "postgresql://" + credentials + uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + uri.getPath();
    }

    private static List<String> rows(PostgresDatabase database, String table, String column) throws SQLException {
        TreeSet<String> rows = new TreeSet<>();
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + column + " FROM " + table)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return List.copyOf(rows);
    }

    private static List<String> tables(PostgresDatabase database) throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        try (Connection c = database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                     + "AND tablename LIKE 't\\_%'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return List.copyOf(tables);
    }
}
