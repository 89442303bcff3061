import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Upgrading 2/3: jm2 (Backfill slugs)  [db.migrations.BackfillSlugs]',
        'Upgraded to jm3: 3 revision(s)',
        'Downgrading 1/2: jm3 (Require slugs)',
        'Downgrading 2/2: jm2 (Backfill slugs)  [db.migrations.BackfillSlugs]')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['jm1']]
assert h2(basedir, 'SELECT count(*) FROM books WHERE slug IS NULL') == [[2L]]
assert h2(basedir, "SELECT revision, direction FROM migrate_history ORDER BY id") == [
        ['jm1', 'upgrade'], ['jm2', 'upgrade'], ['jm3', 'upgrade'], ['jm3', 'downgrade'], ['jm2', 'downgrade']]
