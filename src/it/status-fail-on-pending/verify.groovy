import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Current:     aaa111 (Create products)',
        'Pending:     bbb222 (Add product name)',
        'Up to date:  no, 1 pending',
        '1 revision(s) pending: bbb222; run migrate:upgrade (migrate.failOnPending=true)')

def status = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/status.json'))
assert status.upToDate == false
assert status.current == ['aaa111']
assert status.pending.collect { it.revision } == ['bbb222']
assert status.pending[0].message == 'Add product name'

// the gate only reads: the pending revision is still pending
assert h2(basedir, 'SELECT revision FROM migrate_version') == [['aaa111']]
