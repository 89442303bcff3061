import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Verified on the shadow database: the upgrade reproduces the live database',
        'Generated b1 (Baseline) with ',
        ' at b1 (target b1) without running any migration; it was at base.',
        'Up to date:  yes',
        'baseline starts the history of a database that predates migrations, and ')

def files = new File(basedir, 'src/main/resources/db/migrations').listFiles()
assert files.size() == 1 : 'the refused second baseline wrote nothing'
def baseline = files[0].text
assert baseline.contains('Revision ID: b1')
assert baseline.toUpperCase().contains('CREATE TABLE CUSTOMERS')
assert baseline.toUpperCase().contains('CREATE VIEW BIG_ORDERS')
assert baseline.toUpperCase().contains('CREATE INDEX ORDERS_CUSTOMER')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['b1']]
assert h2(basedir, 'SELECT revision, direction FROM migrate_history ORDER BY id') == [['b1', 'stamp']]
assert h2(basedir, 'SELECT id, name FROM customers') == [[7L, 'existing']] : 'no SQL of the baseline ran'
