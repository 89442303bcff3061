import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Started the embedded PostgreSQL on port ',
        '(created target/migrate/postgresql); it stops when the goal ends.',
        '(data in target/migrate/postgresql); it stops when the goal ends.',
        ' (embedded PostgreSQL in target/migrate/postgresql: no migrate.url, MIGRATE_URL or DATABASE_URL is set; set '
                + 'migrate.url to use your own database)',
        'Upgrading 2/2: pg2 (A plpgsql function over the open orders)',
        'Upgraded to pg2: 2 revision(s) in ',
        'Downgraded to pg1: 1 revision(s) in ',
        'migrate.embedded = h2 does not go with migrate.dialect = postgresql; remove one of them')
assertLogContains(basedir, 'Database: jdbc:postgresql://localhost:')
// Each goal stopped its server; the data stays for the next goal, and no H2 file was made.
assert new File(basedir, 'target/migrate/postgresql/PG_VERSION').exists()
assert !new File(basedir, 'target/migrate/postgresql/postmaster.pid').exists() : 'the embedded server must be stopped'
assert !new File(basedir, 'target/migrate/db.mv.db').exists()
// The server's own log stays out of the build's.
assertLogLacks(basedir, 'relation "migrate_version" does not exist')
assert new File(basedir, 'target/migrate/postgresql.log').text.contains('database system is ready to accept connections')
def status = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/migrate/status.json'))
assert status.dialect == 'postgresql'
assert status.current == ['pg2']
