import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Upgraded to v1: 1 revision(s)',
        'Current:     v2 (Two)',
        'Up to date:  yes')

assert h2(basedir, 'SELECT revision FROM app_versions') == [['v2']]
assert h2(basedir, 'SELECT revision, direction FROM app_journal ORDER BY id') ==
        [['v1', 'upgrade'], ['v1', 'unstamp'], ['v2', 'stamp']]
assert h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('MIGRATE_VERSION', 'MIGRATE_HISTORY')") == [[0L]]
