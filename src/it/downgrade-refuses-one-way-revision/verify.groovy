import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'cannot downgrade to base, nothing was changed: w2 (src/main/resources/db/migrations/20261121_1002-w2_backfill_events.sql): it has no \'-- migrate:downgrade\' section.')
assertLogLacks(basedir, 'Downgrading 1/')

// w3 could have been undone, but nothing ran: the refusal comes first
assert h2(basedir, 'SELECT revision FROM migrate_version') == [['w3']]
assert h2(basedir, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'EVENTS' AND column_name = 'KIND'") == [[1L]]
assert h2(basedir, "SELECT count(*) FROM migrate_history WHERE direction = 'downgrade'") == [[0L]]
