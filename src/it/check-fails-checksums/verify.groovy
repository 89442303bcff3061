import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'checksums  failed  1 applied revision(s) changed since they were applied (of 2 applied)',
        'ck1 (Create bins) changed after it was applied: src/main/resources/db/v2/20261121_1001-ck1_create_bins.sql '
                + 'differs from the text applied (upgrade) on ',
        'was:     label VARCHAR(40));',
        'now:     label VARCHAR(80));',
        'run migrate:repair to accept it')

def check = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/check.json'))
assert check.passed == false
assert check.checks.find { it.name == 'checksums' }.details.any { it.contains('now:     label VARCHAR(80));') }
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/migrate/TEST-migrate-check.xml'))
assert junit.@failures == '1'
assert junit.testcase.find { it.@name == 'checksums' }.failure.text().contains('ck1 (Create bins) changed after it was applied')
