import static dev.migrate.maven.it.ItSupport.*

// Offline SQL shows replaced values, the command line beating the POM and the environment beating the POM; the
// secret is masked.
def offline = read(basedir, 'target/migrate/upgrade.sql')
assert offline.contains('CREATE TABLE eu_orders (')
assert offline.contains("owner VARCHAR(40) DEFAULT 'cli_owner'")
assert offline.contains("tier VARCHAR(20) DEFAULT 'gold'")
assert offline.contains("made_by VARCHAR(20) DEFAULT 'p1'")
assert offline.contains("INSERT INTO api_keys VALUES ('****')")
assert offline.contains('-- The values of secret placeholders are masked as ****')
assert offline.contains('CREATE TABLE IF NOT EXISTS eu_audit')

assertLogContains(basedir,
        'The offline script shows the values of secret placeholders as ****',
        'Upgraded to p1: 1 revision(s)',
        'Up to date:  yes')

// What ran got the real values.
h2(basedir, 'INSERT INTO eu_orders (id) VALUES (1)')
assert h2(basedir, 'SELECT owner, tier, made_by, made_in, made_as FROM eu_orders') ==
        [['cli_owner', 'gold', 'p1', 'PUBLIC', 'sa']]
assert h2(basedir, 'SELECT k FROM api_keys') == [['It-Placeholder-Key-5d1']]
assert h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'EU_AUDIT'") == [[1L]]
// A new value for owner (third run) is not an edit: status found no changed file.
assertLogLacks(basedir, 'changed after it was applied', 'It-Placeholder-Key-5d1')
