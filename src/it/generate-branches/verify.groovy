import static dev.migrate.maven.it.ItSupport.*

def directory = new File(basedir, 'src/main/resources/db/migrations')
def text = { String id -> directory.listFiles().find { it.name.contains("-${id}_") }.text }
assert directory.list().length == 5
assert text('trunk1').contains('-- Revision ID: trunk1\n-- Revises:\n')
assert text('acc1').contains('-- Revision ID: acc1\n-- Revises: trunk1\n')
assert text('acc1').contains('-- Branch Labels: accounts\n')
assert text('bill1').contains('-- Revision ID: bill1\n-- Revises: trunk1\n')
assert text('bill1').contains('-- Branch Labels: billing\n-- Depends On: accounts@head\n')
assert text('audit1').contains('-- Revision ID: audit1\n-- Revises:\n')
assert text('acc2').contains('-- Revision ID: acc2\n-- Revises: acc1\n')

assertLogContains(basedir,
        'Generated bill1 (Billing), revises trunk1: ',
        'the migrations have several heads: acc1 (src/main/resources/db/migrations/',
        'say where the new revision goes with -Dmigrate.head=<revision or label@head> (or base for a new independent '
                + 'base), or run migrate:merge first to join them',
        'Generated audit1 (Audit), a base revision: ',
        'Upgrading base to heads: 5 revision(s) to apply.')
assert h2(basedir, 'SELECT revision FROM migrate_version ORDER BY revision') == [['acc2'], ['audit1'], ['bill1']]
