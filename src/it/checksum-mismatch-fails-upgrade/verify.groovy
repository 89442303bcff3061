import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Upgraded to cs2: 2 revision(s)',
        'cannot upgrade, nothing was changed: cs1 (Create bins) changed after it was applied: '
                + 'src/main/resources/db/v2/20261121_1001-cs1_create_bins.sql differs from the text applied (upgrade) on ',
        ', first at line 9:',
        '      was:     label VARCHAR(40));',
        '      now:     label VARCHAR(80));',
        'run migrate:repair to accept it',
        'Changed:     cs1 (Create bins) changed after it was applied',
        '1 problem(s) stop upgrade and downgrade:')
assertLogLacks(basedir, 'Upgrading 1/1: cs3')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['cs2']]
assert h2(basedir, 'SELECT id FROM bins') == [[1L]]
assert read(basedir, 'target/migrate/status.json').contains('"kind": "checksum"')
