import java.util.jar.JarFile

import static dev.migrate.maven.it.ItSupport.*

// The example's own tests are what prove it works; here we check that all of them ran, and passed.
def testsPerClass = [StartMigratesTest: 3, HealthCheckTest: 4, FailedStartTest: 4, SettingsTest: 5]
def text = log(basedir)
testsPerClass.each { name, count ->
    def line = ~/Tests run: $count, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.,]+ s -- in dev\.migrate\.examples\.bookshop\.$name/
    assert text =~ line : "build.log has no passing run of $count tests in $name\n----- build.log -----\n$text"
}
assertLogContains(basedir,
        'Tests run: 16, Failures: 0, Errors: 0, Skipped: 0',
        'Migrated the database from base to 1e27caf9b389: 4 revisions in ',
        '  applied 9e3b7c1dc926 (Fill in book slugs) in ',
        'BUILD SUCCESS')

// classpath:db/migrations reads the jar as it reads target/classes: the SQL revisions and the Java migration are in it.
def jar = new File(basedir, 'bookshop-app/target/bookshop-app-1.0.0-SNAPSHOT.jar')
def entries = new JarFile(jar).withCloseable { it.entries().collect { it.name } }
assert entries.containsAll([
        'db/migrations/20261121_0900-c331fa20f20f_create_authors_and_books.sql',
        'db/migrations/20261121_0915-891092c24729_add_slugs_to_books.sql',
        'db/migrations/FillInBookSlugs.class',
        'db/migrations/20261121_0945-1e27caf9b389_require_unique_book_slugs.sql']) : entries
// The broken revision is for the tests only.
assert !entries.any { it.contains('de5a0b9e3811') } : entries
