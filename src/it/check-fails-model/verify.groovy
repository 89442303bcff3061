import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'model  failed  the migrations do not produce the schema files: 1 difference(s)',
        'migrate:generate -Dmigrate.autogenerate=true would write:', 'CREATE TABLE invoices (')
def check = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/check.json'))
assert check.passed == false
assert check.checks[0].details.any { it.contains('total_cents BIGINT NOT NULL') }
