import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        "no revision matches 's9' in src/main/resources/db/migrations; run migrate:history to see the revisions",
        'Created migrate_version and migrate_history.',
        ' at s2 (target s2) without running any migration; it was at base.',
        'Stamped: s2 in ',
        'Upgrading s2 to head: 1 revision(s) to apply.',
        'Upgrading 1/1: s3 (Create orders)',
        'Up to date:  yes',
        'Purged migrate_version: removed s3.',
        ' at s1 (target s1) without running any migration; it was at s3.')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['s1']]
assert h2(basedir, 'SELECT revision, direction, success, statements_total FROM migrate_history ORDER BY id') ==
        [['s2', 'stamp', true, 0L], ['s3', 'upgrade', true, 1L], ['s3', 'purge', true, 0L], ['s1', 'stamp', true, 0L]]
assert h2(basedir, 'SELECT id, name FROM customers') == [[7L, 'existing']] : 'no SQL of s1 or s2 ran'
assert h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'ORDERS'") == [[1L]]
