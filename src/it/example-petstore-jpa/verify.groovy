import static dev.migrate.maven.it.ItSupport.*

// The example: its test starts the application (migrate applies the generated revision, Hibernate validates the
// schema), and the gate passes: the migrations produce exactly the entities, under Spring Boot's naming.
assertLogContains(basedir,
        'Tests run: 1, Failures: 0, Errors: 0, Skipped: 0, Time elapsed',
        'Model: JPA entities (5 @Entity classes in target/classes, mapped by Hibernate 6.6.',
        'model      passed  the migrations produce exactly the JPA entities',
        'BUILD SUCCESS')

// The copy whose Owner gained a field without a revision: verify fails and says what to do.
assertLogContains(basedir,
        'model      failed  the migrations do not produce the JPA entities: 1 difference(s)',
        'The JPA entities differ from the migrations: run migrate:generate -Dmigrate.autogenerate=true to write a revision.',
        'ALTER TABLE owner ADD COLUMN phone_number CHARACTER VARYING(30);',
        'BUILD FAILURE')
assert !new File(basedir, 'petstore-jpa-changed/src/main/resources/db/migrations').list().any { it.contains('phone') }

// The same example on Spring Boot 4.0: its Hibernate 7 maps the entities, the test passes and the gate agrees with
// the revision Hibernate 6.6 wrote.
assertLogContains(basedir, 'Model: JPA entities (5 @Entity classes in target/classes, mapped by Hibernate 7.')
def text = log(basedir)
assert text.count('model      passed  the migrations produce exactly the JPA entities') == 2
assert text.count('BUILD SUCCESS') == 2
