import static dev.migrate.maven.it.ItSupport.*

String user = System.getProperty('user.name')
assertLogContains(basedir,
        'upgrade of rp2 (Add labels) failed at src/main/resources/db/v1/20261121_1002-rp2_add_labels.sql:9',
        '1 of 2 statements had completed (line 8) and stays applied, because H2 cannot roll back DDL',
        'cannot upgrade: rp2 (Add labels) is partly applied: its upgrade by ' + user + ' on ',
        '- fix the file (leaving the completed statement as it is) and run upgrade again with -Dmigrate.resume=true',
        '- undo what the completed statements did, by hand, then run migrate:repair and upgrade again',
        'Cleared the failed state of rp2: its upgrade of ',
        'Accepted the edited file of rp1 (src/main/resources/db/v2/20261121_1001-rp1_create_shelves.sql)',
        'Repaired 2 revision(s) in ',
        'Upgrading 1/1: rp2 (Add labels)',
        'Upgraded to rp2: 1 revision(s)')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['rp2']]
assert h2(basedir, 'SELECT id FROM labels') == [[1L]]
assert h2(basedir, 'SELECT revision, direction, state, applied_by FROM migrate_history ORDER BY id') == [
        ['rp1', 'upgrade', 'completed', user], ['rp2', 'upgrade', 'failed', user],
        ['rp2', 'repair', 'completed', user], ['rp1', 'repair', 'completed', user],
        ['rp2', 'upgrade', 'completed', user]]
