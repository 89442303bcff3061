import dev.migrate.maven.it.ItSupport

// A database made without migrate (the embedded default's file), and no migrations at all.
def url = 'jdbc:h2:file:' + new File(basedir, 'target/migrate/db').absolutePath
ItSupport.query(url, 'sa', '', 'CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)')
ItSupport.query(url, 'sa', '', 'CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL '
        + 'REFERENCES customers (id), total DECIMAL(10, 2))')
ItSupport.query(url, 'sa', '', 'CREATE INDEX orders_customer ON orders (customer_id)')
ItSupport.query(url, 'sa', '', 'CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100')
ItSupport.query(url, 'sa', '', "INSERT INTO customers (id, name) VALUES (7, 'existing')")
return true
