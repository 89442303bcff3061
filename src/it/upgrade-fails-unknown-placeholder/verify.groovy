import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'src/main/resources/db/migrations/20261121_1002-u2_second.sql:10: unknown placeholder ${tenant}; define it '
                + 'in the POM (<placeholders><tenant>value</tenant></placeholders>), with '
                + '-Dmigrate.placeholders.tenant=value or the environment variable MIGRATE_PLACEHOLDERS_TENANT '
                + '(defined: owner)')
// The whole run was refused before anything touched the database: not even the first revision ran.
assert !new File(basedir, 'target/migrate/db.mv.db').exists() ||
        h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'FIRST_TABLE'") == [[0L]]
