import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'graph  failed  2 heads; merge them', 'migrate:check failed: graph (2 heads;')
def junit = new groovy.xml.XmlSlurper().parse(new File(basedir, 'target/migrate/TEST-migrate-check.xml'))
assert junit.@failures == '1'
assert junit.testcase.find { it.@name == 'graph' }.failure.text().contains('k3 (src/main/resources/db/migrations/20261121_1003-k3_other_branch.sql)')
