import static dev.migrate.maven.it.ItSupport.*

assertLogContains(basedir,
        'drift  failed  1 difference(s) between the database and its revisions (someone changed it by hand?)',
        'the database differs from what its revisions (at k1) produce; this DDL would undo the drift:',
        'ALTER TABLE customers DROP COLUMN phone;')
