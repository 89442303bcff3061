import static dev.migrate.maven.it.ItSupport.*

// The example: its test starts the application (migrate applies the generated revision, Hibernate validates the
// schema), and the gate passes: the migrations produce exactly the entities, under Spring Boot's naming.
assertLogContains(basedir,
        'Tests run: 2, Failures: 0, Errors: 0, Skipped: 0, Time elapsed',
        'Model: JPA entities (11 @Entity classes in target/classes, mapped by Hibernate 6.6.',
        'model      passed  the migrations produce exactly the JPA entities',
        'BUILD SUCCESS')

// The copy whose Owner gained a field without a revision: verify fails and says what to do.
assertLogContains(basedir,
        'model      failed  the migrations do not produce the JPA entities: 1 difference(s)',
        'The JPA entities differ from the migrations: run migrate:generate -Dmigrate.autogenerate=true to write a revision.',
        'ALTER TABLE owner ADD COLUMN phone_number CHARACTER VARYING(30);',
        'BUILD FAILURE')
assert !new File(basedir, 'petstore-jpa-changed/src/main/resources/db/migrations').list().any { it.contains('phone') }

// The same example on Spring Boot 4.0: its Hibernate 7 maps the same entities with one difference, a check constraint
// on the SINGLE_TABLE discriminator (Hibernate 7.0 added it, HHH-18929), so the upgrade of Spring Boot is a schema
// change: migrate:generate writes it as a revision, then the test passes and the gate agrees.
assertLogContains(basedir, 'Model: JPA entities (11 @Entity classes in target/classes, mapped by Hibernate 7.')
def boot4 = new File(basedir, 'petstore-jpa-boot4/src/main/resources/db/migrations').listFiles()
        .find { it.name.contains('-boot4checks_hibernate_7_discriminator_checks.sql') }
assert boot4 != null
assert boot4.text.contains("ALTER TABLE payment ADD CONSTRAINT")
assert boot4.text.contains("IN('CARD', 'CASH')")
def text = log(basedir)
assert text.count('model      passed  the migrations produce exactly the JPA entities') == 2
assert text.count('BUILD SUCCESS') == 3
