import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Upgrading 1/2: s1 (Create customers)  [classpath:db/migrations/20261121_1001-s1_create_customers.sql (in shared-schema-1.0.jar)]',
        'Upgrading 2/2: a1 (Create orders)  [src/main/resources/db/app-migrations/20261121_1002-a1_create_orders.sql]',
        'Up to date:  yes')

def app = new File(basedir, 'app')
assert h2(app, 'SELECT revision FROM migrate_version') == [['a1']]
assert h2(app, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('CUSTOMERS', 'ORDERS')") == [[2L]]
