import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'roundtrip  failed  the downgrade of k3 (src/main/resources/db/migrations/20261121_1003-k3_add_note.sql) does not restore the schema before it',
        'ALTER TABLE orders DROP COLUMN note;')
