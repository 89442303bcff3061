import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'Backed up customers (1 row(s)) as migrate_backup.customers__dl3 before dl3 (MG102 '
                + 'src/main/resources/db/migrations/20261121_1003-dl3_drop_fax.sql:8); restore: the copy holds every '
                + 'row of customers with all its columns as they were; update customers from it by its key, e.g. '
                + 'UPDATE customers t SET <column> = (SELECT b.<column> FROM "MIGRATE_BACKUP"."CUSTOMERS__DL3" b '
                + 'WHERE b.<key> = t.<key>)',
        'Backup migrate_backup.customers__dl3 holds the 1 row(s) of customers as they were before dl3 ran',
        "migrate.backup = 'everything' is not a backup mode; use none (default), tables or dump")

// The copy keeps the column dl3 dropped, with its value; the journal records the backup.
assert h2(basedir, 'SELECT fax FROM migrate_backup.customers__dl3') == [['555-0100']]
assert h2(basedir, "SELECT revision, message FROM migrate_history WHERE direction = 'backup'") ==
        [['dl3', 'backup of customers as migrate_backup.customers__dl3 (1 row(s))']]
assert h2(basedir, 'SELECT revision FROM migrate_version') == [['dl2']]
