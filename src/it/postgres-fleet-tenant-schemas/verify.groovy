import static dev.migrate.maven.it.ItSupport.*

import groovy.json.JsonSlurper

try {
    assertLogContains(basedir,
            'Fleet upgrade to head: 6 target(s), parallelism 2, maxFailures 1.',
            'it_fleet_t4: failed, stopped at f1 in ',
            '20261121_1002-f2_notes.sql:8',
            'migrated            5',
            'failed              1',
            'FAILED it_fleet_t4',
            'migrate:upgrade failed on 1 of 6 fleet target(s)',
            'Fleet status: 6 target(s), 5 at the heads (f2)',
            'f2                                    5  0',
            'f1                                    1  1')

    def fleet = new JsonSlurper().parse(new File(basedir, 'target/migrate/fleet.json'))
    assert fleet.formatVersion == 1
    assert fleet.passed == false
    assert fleet.summary.migrated == 5 && fleet.summary.failed == 1
    def t4 = fleet.targets.find { it.target == 'it_fleet_t4' }
    assert t4.outcome == 'failed' && t4.errorKind == 'MIGRATION_FAILED' && t4.line == 8
    assert t4.file.endsWith('20261121_1002-f2_notes.sql')
    assert fleet.targets.findAll { it.outcome == 'migrated' }*.to.flatten().unique() == ['f2']

    String junit = new File(basedir, 'target/migrate/TEST-migrate-fleet.xml').text
    assert junit.contains('tests="6" failures="1"')
    assert junit.contains('<testcase classname="migrate.fleet.upgrade" name="it_fleet_t4"')

    for (int i = 1; i <= 6; i++) {
        assert query(pgUrl, null, null, "SELECT revision FROM it_fleet_t${i}.migrate_version") == [[i == 4 ? 'f1' : 'f2']]
    }
    assert query(pgUrl, null, null, "SELECT count(*) FROM it_fleet_t4.migrate_history WHERE NOT success") == [[1L]]
} finally {
    for (int i = 1; i <= 6; i++) {
        query(pgUrl, null, null, "DROP SCHEMA IF EXISTS it_fleet_t$i CASCADE")
    }
}
