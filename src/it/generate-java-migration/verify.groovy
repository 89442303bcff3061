import static dev.migrate.maven.it.ItSupport.*

def generated = new File(basedir, 'src/main/java/db/migrations').listFiles().toList()
assert generated.size() == 1
def source = generated[0]
assert source.name ==~ /M\d{8}_\d{4}_BackfillSlugs\.java/
String text = source.text
assert text.contains('package db.migrations;')
assert text.contains('@Revision(id = "gj2",\n        revises = "jm1",\n        message = "Backfill_slugs",')
assert text.contains('public class ' + source.name - '.java' + ' implements JavaMigration {')
assert text.contains('public void downgrade(Connection connection) throws Exception {')

assertLogContains(basedir,
        'Generated Java migration gj2 (Backfill_slugs), revises jm1: ',
        'Upgrading 2/2: gj2 (Backfill_slugs)  [db.migrations.' + (source.name - '.java') + ']',
        "migrate.kind = 'kotlin' is not known; use sql (a revision file) or java (a Java migration class)")
assert h2(basedir, 'SELECT revision FROM migrate_version') == [['gj2']]
