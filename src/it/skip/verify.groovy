import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'Skipping migrate:upgrade (migrate.skip=true).', 'Skipping migrate:status (migrate.skip=true).')
assert !new File(basedir, 'target/migrate').exists()
