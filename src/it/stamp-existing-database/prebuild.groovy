import dev.migrate.maven.it.ItSupport

// A database that already has the schema of s1 and s2, made without migrate.
def url = 'jdbc:h2:file:' + new File(basedir, 'target/migrate/db').absolutePath
ItSupport.query(url, 'sa', '', 'CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100), email VARCHAR(200))')
ItSupport.query(url, 'sa', '', "INSERT INTO customers (id, name) VALUES (7, 'existing')")
return true
