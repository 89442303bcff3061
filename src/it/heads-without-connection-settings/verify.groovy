import static dev.migrate.maven.it.ItSupport.*

def migrations = 'src/main/resources/db/migrations'
assertLogContains(basedir,
        'h2a (naming) (head), Add item name',
        'h2b (head), Add item price',
        'Report: target/migrate/heads.json',
        "Generated merge revision hj1 (Join), revises h2a (${migrations}/20261121_1002-h2a_add_item_name.sql) and "
                + "h2b (${migrations}/20261121_1003-h2b_add_item_price.sql): ")
// Nothing connected, nothing announced a database, and the bogus settings were not even read.
assertLogLacks(basedir, 'Database: ', 'nowhere.invalid', 'Bogus-Secret-9', 'cannot connect', '[ERROR]')
assert !new File(basedir, 'target/migrate/db.mv.db').exists() : 'files-only goals must not open a database'
def merge = new File(basedir, migrations).listFiles().find { it.name ==~ /\d{8}_\d{4}-hj1_join\.sql/ }
assert merge != null
assert merge.text.contains('-- Revises: h2a, h2b\n')
assert merge.text.contains('-- Branch Labels: joined\n')
