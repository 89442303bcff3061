import static dev.migrate.maven.it.ItSupport.*

def migrations = 'src/main/resources/db/migrations'
assertLogContains(basedir,
        "'head' is ambiguous: the heads are pr12 (${migrations}/20261121_1102-pr12_add_customers.sql) and pr13 "
                + "(${migrations}/20261121_1103-pr13_add_order_status.sql); run migrate:merge to join them, or target "
                + "'heads' (all of them) or '<label>@head' (one branch)",
        'pr12 (head), Add customers',
        'pr13 (head), Add order status',
        '2 heads: run migrate:merge to join them',
        'Generated merge revision ',
        'Upgrading base01 to head: 3 revision(s) to apply.',
        'Upgrading 1/3: pr12 (Add customers)',
        'Upgrading 2/3: pr13 (Add order status)',
        'Upgrading 3/3: ')

// The refusal says it once: the graph error it translates is not repeated after it.
assertLogLacks(basedir, 'there are several heads')

def merges = new File(basedir, migrations).listFiles().findAll { it.name.endsWith('_merge_pull_requests_12_and_13.sql') }
assert merges.size() == 1
def merge = merges[0].name.replaceAll(/^\d{8}_\d{4}-([0-9a-f]{12})_.*/, '$1')
assert merges[0].text.contains("-- Revision ID: ${merge}\n-- Revises: pr12, pr13\n")
assert merges[0].text.contains("-- migrate:upgrade\n\n-- migrate:downgrade\n")
assertLogContains(basedir, "* pr12, pr13 -> ${merge} (head) (current) (mergepoint), Merge pull requests 12 and 13")

assert h2(basedir, 'SELECT revision FROM migrate_version') == [[merge]]
assert h2(basedir, 'SELECT revision, direction FROM migrate_history ORDER BY id') ==
        [['base01', 'upgrade'], ['pr12', 'upgrade'], ['pr13', 'upgrade'], [merge, 'upgrade']]
assert h2(basedir, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'ORDERS' AND column_name = 'STATUS'") == [[1L]]
