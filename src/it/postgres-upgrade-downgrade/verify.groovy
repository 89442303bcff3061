import static dev.migrate.maven.it.ItSupport.*

try {
    assertLogContains(basedir,
            'Database: jdbc:postgresql://',
            'Upgrading 2/2: p2 (Title function)',
            'Downgrading 1/1: p2 (Title function)',
            'Dialect:     postgresql',
            'Current:     p2 (Title function)',
            'Pending:     p3 (Broken on purpose)',
            'upgrade of p3 (Broken on purpose) failed at src/main/resources/db/migrations/20261121_1003-p3_broken_on_purpose.sql:9',
            'invalid input value for enum kind: "scroll"',
            'Nothing of p3 remains: it was rolled back.')

    assert query(pgUrl, null, null, 'SELECT revision FROM it_goals.migrate_version') == [['p2']]
    assert query(pgUrl, null, null, 'SELECT kind::text, title FROM it_goals.items') == [['book', 'DUNE!']]
    // transactional DDL: the failed revision's CREATE TABLE is gone
    assert query(pgUrl, null, null, "SELECT to_regclass('it_goals.p3_table') IS NULL") == [[true]]
    assert query(pgUrl, null, null, "SELECT revision, direction, success FROM it_goals.migrate_history ORDER BY id") == [
            ['p1', 'upgrade', true], ['p2', 'upgrade', true], ['p2', 'downgrade', true], ['p2', 'upgrade', true],
            ['p3', 'upgrade', false]]
} finally {
    query(pgUrl, null, null, 'DROP SCHEMA IF EXISTS it_goals CASCADE')
}
