import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'src/main/resources/db/migrations/20261121_1002-bad2_unterminated.sql:9: unterminated string literal (\') starting at line 9')
assertLogLacks(basedir, 'Upgrading 1/')
// good1 was valid, but nothing runs while any file is broken
assert !new File(basedir, 'target/migrate/db.mv.db').exists() ||
        h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('GOOD', 'MIGRATE_VERSION')") == [[0L]]
