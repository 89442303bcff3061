import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'graph      passed  2 revision(s) parse, no cycles, one head (k2)',
        'checksums  passed  2 applied revision(s) match their files',
        'model      passed  the migrations produce exactly the schema files',
        'roundtrip  passed  2 revision(s) upgrade, downgrade and upgrade again cleanly',
        'drift      passed  the database matches its revisions (at k2)',
        'pending    passed  the database is up to date',
        'lint       passed  no pending revisions to lint',
        'All checks passed (7 run, 0 skipped).',
        'Report: target/migrate/check.json',
        'Report: target/migrate/TEST-migrate-check.xml')
def check = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/check.json'))
assert check.formatVersion == 1
assert check.passed == true
assert check.checks.collect { it.name } == ['graph', 'checksums', 'model', 'roundtrip', 'drift', 'pending', 'lint']
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/migrate/TEST-migrate-check.xml'))
assert junit.@tests == '7' && junit.@failures == '0'
