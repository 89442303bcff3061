import static dev.migrate.maven.it.ItSupport.*

def project = new File(basedir, 'bookshop')
assertLogContains(basedir,
        '(embedded default: no migrate.url, MIGRATE_URL or DATABASE_URL is set; set migrate.url to use your own database)',
        'Upgrading base to head: 4 revision(s) to apply.',
        'Upgrading 3/4: e27a90b4c3f1 (Seed the catalogue and reprice paperbacks)',
        'Up to date:  yes',
        'Downgrading 1/1: 0d93f61b7c58 (Create orders)',
        'e27a90b4c3f1 -> 0d93f61b7c58 (head), Create orders')

assert h2(project, 'SELECT revision FROM migrate_version') == [['e27a90b4c3f1']]
assert h2(project, 'SELECT title, price_cents FROM books ORDER BY id') == [
        ['The Dispossessed', 1364L], ['Small Gods', 1049L], ['Kindred', 1208L], ['Going Postal; a Discworld novel', 1154L]]
