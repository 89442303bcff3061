package dev.migrate.bench;

import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.schema.diff.DiffResult;
import dev.migrate.schema.diff.RenameHints;
import dev.migrate.schema.diff.SchemaDiffer;
import dev.migrate.schema.introspect.IntrospectOptions;
import dev.migrate.schema.model.DatabaseSchema;
import dev.migrate.schema.render.MigrationScriptRenderer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * W3 for migrate: what {@code liquibase:diff} does, in one cold JVM. Reads the current database and the desired one
 * with migrate's PostgreSQL introspector, diffs them with {@link SchemaDiffer} and renders the upgrade and downgrade
 * SQL that {@code migrate:generate} would write, into {@code OUT}.
 *
 * <p>Prints one line: {@code phases jvm=.. connect=.. current=.. desired=.. diff=.. render=.. ops=.. tables=..}
 * (milliseconds; {@code jvm} is from JVM start to {@code main}).
 *
 * <p>Usage: {@code W3Diff CURRENT_JDBC_URL DESIRED_JDBC_URL OUT}
 */
public final class W3Diff {

    private W3Diff() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        long mainAt = System.currentTimeMillis();
        long jvm = mainAt - ManagementFactory.getRuntimeMXBean().getStartTime();
        PostgresDialect dialect = new PostgresDialect();
        long t0 = System.nanoTime();
        try (Connection current = DriverManager.getConnection(args[0]);
             Connection desired = DriverManager.getConnection(args[1])) {
            long t1 = System.nanoTime();
            DatabaseSchema from = dialect.introspector().introspect(current, IntrospectOptions.allSchemas());
            long t2 = System.nanoTime();
            DatabaseSchema to = dialect.introspector().introspect(desired, IntrospectOptions.allSchemas());
            long t3 = System.nanoTime();
            DiffResult diff = new SchemaDiffer(dialect.diffHooks()).diff(from, to, RenameHints.NONE);
            long t4 = System.nanoTime();
            MigrationScriptRenderer.Sections sections =
                    new MigrationScriptRenderer(dialect.renderer(to.defaultSchema())).render(diff.ops());
            Files.writeString(Path.of(args[2]), "-- migrate:upgrade\n" + sections.upgrade()
                    + "\n-- migrate:downgrade\n" + sections.downgrade(), StandardCharsets.UTF_8);
            long t5 = System.nanoTime();
            System.out.printf("phases jvm=%d connect=%d current=%d desired=%d diff=%d render=%d ops=%d tables=%d%n",
                    jvm, ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t3, t4), ms(t4, t5), diff.ops().size(),
                    to.allTables().size());
        }
    }

    static long ms(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
