import dev.migrate.maven.it.ItSupport

// Runs when PostgreSQL answers; under CI=true it always runs, so a missing server fails instead of skipping.
return System.getenv('CI') == 'true' || ItSupport.reachable(pgUrl, null)
