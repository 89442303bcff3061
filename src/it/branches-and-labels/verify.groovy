import static dev.migrate.maven.it.ItSupport.*

def migrations = 'src/main/resources/db/migrations'
assertLogContains(basedir,
        "t1 (branchpoint), Create customers  [${migrations}/20261121_1001-t1_create_customers.sql]",
        "    -> ac1 (accounts), Create accounts  [${migrations}/20261121_1002-ac1_create_accounts.sql]",
        "    -> bi1 (billing) (head), Create invoices  [${migrations}/20261121_1004-bi1_create_invoices.sql]",
        'Upgrading base to accounts@head: 3 revision(s) to apply.',
        'Current:     ac2 (Add balance)',
        'Pending:     bi1 (Create invoices)')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['ac2']]
assert h2(basedir, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'INVOICES'") == [[0L]]
