package dev.migrate.bench.flyway;

import org.flywaydb.core.Flyway;

/**
 * Flyway over a fleet of tenant schemas, the way its users write it: one JVM, one {@code Flyway} per schema, a loop.
 * Arguments: JDBC URL, migrations directory, schema prefix, number of tenants. Prints the migrations applied.
 */
public final class FlywayFleet {

    private FlywayFleet() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String locations = "filesystem:" + args[1];
        String prefix = args[2];
        int tenants = Integer.parseInt(args[3]);
        long applied = 0;
        for (int i = 1; i <= tenants; i++) {
            String schema = String.format("%s%03d", prefix, i);
            applied += Flyway.configure().dataSource(url, null, null).schemas(schema).locations(locations)
                    .load().migrate().migrationsExecuted;
        }
        System.out.println("applied " + applied);
    }
}
