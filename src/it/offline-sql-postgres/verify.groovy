import static dev.migrate.maven.it.ItSupport.*

// Column defaults name sequences with their schema: compare them without it.
def columns = { schema ->
    query(pgUrl, null, null, "SELECT table_name, column_name, data_type, column_default, is_nullable "
            + "FROM information_schema.columns WHERE table_schema = '${schema}' ORDER BY 1, 2")
            .collect { row -> row.collect { it instanceof String ? it.replace("${schema}.", '') : it } }
}
def journal = { schema ->
    query(pgUrl, null, null, "SELECT revision, direction, state, checksum, statements_done FROM ${schema}.migrate_history ORDER BY id")
}

try {
    assertLogContains(basedir,
            'Wrote the upgrade from base to p3 (3 revision(s)) as SQL to target/migrate/upgrade.sql; the database was not changed.',
            '  p2 (Title function)',
            'Wrote the downgrade from p3 to base (3 revision(s)) as SQL to target/migrate/downgrade-all.sql',
            'Upgraded to p3: 3 revision(s)',
            'migrate.from only applies to offline SQL; add -Dmigrate.sql=true to write the script instead of running migrate:upgrade')
    assertLogLacks(basedir, 'Database: jdbc:postgresql://127.0.0.1:1/nowhere')

    String upgrade = read(basedir, 'target/migrate/upgrade.sql')
    assert upgrade.contains('SET search_path TO "it_offline";')
    assert upgrade.contains('-- 2/3 upgrade p2 (Title function): src/main/resources/db/migrations/20261121_1002-p2_title_function.sql')
    assert upgrade.contains("RETURN upper(t) || '!'; -- a semicolon inside a dollar-quoted body")
    assert upgrade.count('BEGIN;\n') == 3 && upgrade.count('COMMIT;\n') == 3

    // Nothing was created by writing the scripts.
    assert query(pgUrl, null, null, "SELECT count(*) FROM pg_namespace WHERE nspname = 'it_offline'") == [[0L]]

    psql(pgUrl, new File(basedir, 'target/migrate/upgrade.sql'), true)
    assert columns('it_offline') == columns('it_online')
    assert query(pgUrl, null, null, 'SELECT revision FROM it_offline.migrate_version') == [['p3']]
    assert query(pgUrl, null, null, 'SELECT kind::text, title, tag FROM it_offline.items') == [['book', 'DUNE!', 'classic']]
    assert journal('it_offline') == journal('it_online')
    assert query(pgUrl, null, null, "SELECT DISTINCT applied_by LIKE '% (offline SQL)' FROM it_offline.migrate_history") == [[true]]

    psql(pgUrl, new File(basedir, 'target/migrate/downgrade-all.sql'), true)
    assert query(pgUrl, null, null, 'SELECT count(*) FROM it_offline.migrate_version') == [[0L]]
    assert query(pgUrl, null, null, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'it_offline' "
            + "AND table_name NOT LIKE 'migrate%'") == [[0L]]
    assert query(pgUrl, null, null, "SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
            + "WHERE n.nspname = 'it_offline' AND t.typname = 'kind'") == [[0L]]
} finally {
    ['it_offline', 'it_online'].each { query(pgUrl, null, null, "DROP SCHEMA IF EXISTS ${it} CASCADE") }
}
