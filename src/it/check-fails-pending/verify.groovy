import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir, 'pending  failed  1 revision(s) pending; run migrate:upgrade (migrate.failOnPending=true)',
        'k2 (src/main/resources/db/migrations/20261121_1002-k2_create_orders.sql)')
