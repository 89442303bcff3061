import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Database: jdbc:h2:file:',
        '(embedded default: no migrate.url, MIGRATE_URL or DATABASE_URL is set; set migrate.url to use your own database)',
        'Upgrading base to head: 3 revision(s) to apply.',
        'Upgrading 1/3: 1a2b3c4d5e6f (Create customers)  [src/main/resources/db/migrations/20261121_1001-1a2b3c4d5e6f_create_customers.sql]',
        'Upgrading 3/3: 3c4d5e6f7081 (Seed customers)',
        'Upgraded to 3c4d5e6f7081: 3 revision(s) in ',
        'Current:     3c4d5e6f7081 (Seed customers)',
        'Pending:     none',
        'Up to date:  yes',
        'Report: target/migrate/status.json')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['3c4d5e6f7081']]
assert h2(basedir, 'SELECT email FROM customers ORDER BY id') == [['ada@example.org'], ['GRACE@EXAMPLE.ORG']]
assert h2(basedir, 'SELECT revision, direction, success FROM migrate_history ORDER BY id') ==
        [['1a2b3c4d5e6f', 'upgrade', true], ['2b3c4d5e6f70', 'upgrade', true], ['3c4d5e6f7081', 'upgrade', true]]

def status = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/status.json'))
assert status.formatVersion == 1
assert status.dialect == 'h2'
assert status.current == ['3c4d5e6f7081']
assert status.heads == ['3c4d5e6f7081']
assert status.pending == []
assert status.upToDate == true
