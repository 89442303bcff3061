import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'Upgraded to r1: 1 revision(s)')
def release = new Properties()
new File(basedir, 'target/classes/release.properties').withReader { release.load(it) }
assert release == [current: 'r1', pending: '2', pendingRevisions: 'r2,r3', upToDate: 'false']
assert h2(basedir, 'SELECT revision FROM migrate_version') == [['r1']]
