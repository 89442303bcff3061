import static dev.migrate.maven.it.ItSupport.*

def db = 'it_mariadb_autogen'
try {
    def directory = new File(basedir, 'src/main/resources/db/migrations')
    def generated = directory.listFiles().find { it.name.contains('-auto_orders_add_orders.sql') }
    assert generated != null : "no generated file in ${directory.list()}"
    def text = generated.text
    assert text.contains('-- Revises: c0ffee000019')
    assert text.contains('ALTER TABLE customers RENAME COLUMN mail TO email;')
    assert text.contains('CREATE TABLE orders (')
    assert text.contains('CREATE TRIGGER `orders_touch` BEFORE UPDATE ON `orders` FOR EACH ROW')
    // A body with semicolons is written as the mariadb client reads it
    assert text.contains('DELIMITER $$\nCREATE PROCEDURE `close_order`(IN `wanted` bigint(20))')
    assert text.contains('DROP PROCEDURE close_order;')

    assertLogContains(basedir,
            'Database: jdbc:mariadb://',
            'Shadow database: ',
            'Verified on the shadow database: the upgrade reproduces the schema files and the downgrade restores the previous schema.',
            'Generated auto_orders (Add orders) with ',
            'Upgrading 2/2: auto_orders (Add orders)',
            'model  passed  the migrations produce exactly the schema files',
            // schema-next.sql retypes a column a view reads: the view is dropped and created around the MODIFY
            'model  failed  the migrations do not produce the schema files: 3 difference(s)',
            'ALTER TABLE orders MODIFY COLUMN total_cents bigint(20) unsigned NOT NULL;')

    assert query(mariadbUrl, null, null, "SELECT revision FROM ${db}.migrate_version") == [['auto_orders']]
    assert query(mariadbUrl, null, null, "SELECT column_name FROM information_schema.columns WHERE table_schema = "
            + "'${db}' AND table_name = 'customers' ORDER BY ordinal_position") == [['id'], ['email'], ['created_at']]
    assert query(mariadbUrl, null, null, "SELECT trigger_name FROM information_schema.triggers WHERE "
            + "trigger_schema = '${db}'") == [['orders_touch']]
    assert query(mariadbUrl, null, null, "SELECT routine_name, routine_type FROM information_schema.routines WHERE "
            + "routine_schema = '${db}'") == [['close_order', 'PROCEDURE']]
    assert query(mariadbUrl, null, null, "SELECT table_name FROM information_schema.views WHERE "
            + "table_schema = '${db}'") == [['open_orders']]
} finally {
    query(mariadbUrl, null, null, "DROP DATABASE IF EXISTS ${db}")
}
