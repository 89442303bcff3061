import static dev.migrate.maven.it.ItSupport.*

try {
    assertLogContains(basedir,
            'Database: jdbc:mariadb://',
            'Upgrading 2/2: m2 (Shout procedure)',
            'Downgrading 1/1: m2 (Shout procedure)',
            'Dialect:     mariadb',
            'Current:     m2 (Shout procedure)',
            'Pending:     m3 (Broken on purpose)',
            'upgrade of m3 (Broken on purpose) failed at src/main/resources/db/migrations/20261121_1003-m3_broken_on_purpose.sql:9',
            "Table 'it_mariadb_goals.nowhere' doesn't exist",
            '1 of 2 statements had completed (line 8) and stays applied, because MariaDB cannot roll back DDL',
            'm3 (Broken on purpose) is partly applied: its upgrade by root')

    assert query(mariadbUrl, null, null, 'SELECT revision FROM it_mariadb_goals.migrate_version') == [['m2']]
    assert query(mariadbUrl, null, null, 'SELECT kind, title FROM it_mariadb_goals.items') == [['book', 'DUNE!']]
    // DDL commits on its own: the failed revision's CREATE TABLE stays, and the journal says how far it got
    assert query(mariadbUrl, null, null, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = "
            + "'it_mariadb_goals' AND table_name = 'm3_table'") == [[1L]]
    assert query(mariadbUrl, null, null, "SELECT revision, direction, success, statements_done FROM "
            + "it_mariadb_goals.migrate_history ORDER BY id") == [
            ['m1', 'upgrade', true, 2L], ['m2', 'upgrade', true, 2L], ['m2', 'downgrade', true, 2L],
            ['m2', 'upgrade', true, 2L], ['m3', 'upgrade', false, 1L]]
} finally {
    query(mariadbUrl, null, null, 'DROP DATABASE IF EXISTS it_mariadb_goals')
}
