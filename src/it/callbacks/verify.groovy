import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'Upgraded to cb2: 2 revision(s)', 'Nothing to upgrade', 'Up to date:  yes')
// The callback files are not revisions: two revisions, and the second upgrade (nothing to do) runs no callback.
assert h2(basedir, 'SELECT what FROM audit ORDER BY n') == [
        ['before upgrade'], ['before each'], ['cb1'], ['after each'], ['before each'], ['cb2'], ['after each'],
        ['after upgrade']]
assert h2(basedir, 'SELECT count(*) FROM migrate_history') == [[2L]]
