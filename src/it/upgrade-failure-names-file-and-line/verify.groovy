import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Upgrading 2/3: bad2 (Fill shelves)',
        '  failed at line 9: Table "SHELFS" not found',
        'upgrade of bad2 (Fill shelves) failed at src/main/resources/db/migrations/20261121_1002-bad2_fill_shelves.sql:9',
        '  statement: INSERT INTO shelfs (id) VALUES (2)',
        'The 1 revision(s) before it stay applied.')
assertLogLacks(basedir, 'Upgrading 3/3')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['ok1']]
assert h2(basedir, "SELECT revision, success, statements_done, error_line FROM migrate_history ORDER BY id") ==
        [['ok1', true, 1L, null], ['bad2', false, 1L, 9L]]
assert h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'NEVER_CREATED'") == [[0L]]
