import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'upgrade of rs1 (Fill bins) failed at src/main/resources/db/v1/20261121_1001-rs1_fill_bins.sql:10',
        '2 of 4 statements had completed (lines 8-9) and stay applied',
        "migrate.resume = 'maybe' is not a resume mode; use false (the default), true",
        'Resuming the upgrade of rs1 (Fill bins) at statement 3 of 4 '
                + '(src/main/resources/db/v2/20261121_1001-rs1_fill_bins.sql:10): statements 1-2 completed in the failed run of ',
        'Upgraded to rs1: 1 revision(s)')

assert h2(basedir, 'SELECT id FROM bins ORDER BY id') == [[1L], [2L], [3L]]
assert h2(basedir, 'SELECT revision, state, statements_done FROM migrate_history ORDER BY id') == [
        ['rs1', 'failed', 2L], ['rs1', 'completed', 4L]]
