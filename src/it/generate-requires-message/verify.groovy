import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'a message is required (migrate.message): say what the revision does, e.g. -Dmigrate.message="Add users table"')
assert !new File(basedir, 'src/main/resources/db/migrations').exists()
