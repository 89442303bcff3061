import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'migrate.allowDestructive = false, and pending revision dl3 loses data; nothing was changed:',
        '  - MG102 src/main/resources/db/migrations/20261121_1003-dl3_drop_fax.sql:8 drops column customers.fax and its values.',
        'Apply them deliberately with -Dmigrate.allowDestructive=true',
        // The downgrade to base would drop customers and its row: refused the same way.
        'migrate.allowDestructive = false, and downgrading dl1 loses data; nothing was changed:',
        '  - MG101 src/main/resources/db/migrations/20261121_1001-dl1_create_customers.sql:12 drops table customers and all its rows.',
        'Run the downgrade deliberately with -Dmigrate.allowDestructive=true')
assertLogLacks(basedir, 'Upgrading 1/2: dl2', 'Downgrading 1/1: dl1')

// Refused before anything changed: not even dl2, which loses nothing, was applied; the downgrade dropped nothing.
assert h2(basedir, 'SELECT revision FROM migrate_version') == [['dl1']]
assert h2(basedir, 'SELECT fax FROM customers') == [['555-0100']]
