import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        "server-db (url from POM configuration, user from settings.xml server 'it-h2', password from settings.xml server 'it-h2')",
        'Up to date:  yes')
assertLogLacks(basedir, 'it-h2-server-pass')
assert !read(basedir, 'target/migrate/status.json').contains('it-h2-server-pass')

def url = 'jdbc:h2:file:' + new File(basedir, 'target/server-db').absolutePath
assert query(url, 'sa', 'it-h2-server-pass', 'SELECT revision FROM migrate_version') == [['c1']]
