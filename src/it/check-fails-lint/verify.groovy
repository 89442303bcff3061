import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'lint  failed  2 pending revision(s): 1 data-loss finding(s), 0 other(s) (migrate.failOnLint=error)',
        'MG101 src/main/resources/db/migrations/20261121_1003-k3_drop_orders.sql:8 drops table orders and all its rows.')
assertLogLacks(basedir, 'MG102')
