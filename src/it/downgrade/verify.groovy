import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Downgrading 0a0a0a0a0a03 to -1: 1 revision(s) to undo.',
        'Downgrading 1/1: 0a0a0a0a0a03 (Add tag colour)',
        'Downgraded to 0a0a0a0a0a02: 1 revision(s) in ',
        'Downgrading 0a0a0a0a0a02 to base: 2 revision(s) to undo.',
        'Downgrading 1/2: 0a0a0a0a0a02 (Seed tags)',
        'Downgrading 2/2: 0a0a0a0a0a01 (Create tags)',
        'Downgraded to base: 2 revision(s) in ')

assert h2(basedir, 'SELECT count(*) FROM migrate_version') == [[0L]]
assert h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'TAGS'") == [[0L]]
assert h2(basedir, 'SELECT revision, direction FROM migrate_history ORDER BY id') == [
        ['0a0a0a0a0a01', 'upgrade'], ['0a0a0a0a0a02', 'upgrade'], ['0a0a0a0a0a03', 'upgrade'],
        ['0a0a0a0a0a03', 'downgrade'], ['0a0a0a0a0a02', 'downgrade'], ['0a0a0a0a0a01', 'downgrade']]
