import static dev.migrate.maven.it.ItSupport.*

def directory = new File(basedir, 'src/main/resources/db/migrations')
def generated = directory.listFiles().find { it.name.contains('-owners_create_owners.sql') }
assert generated != null : "no generated file in ${directory.list()}"
assert generated.text.contains('full_name CHARACTER VARYING(80) NOT NULL')

def hibernate = new File(repositoryRoot, 'pom.xml').text.find(/<hibernate.version>([^<]+)</) { all, v -> v }
assertLogContains(basedir,
        "The project has no Hibernate ORM: migrate uses org.hibernate.orm:hibernate-core:${hibernate} (",
        "Model: JPA entities (1 @Entity class in target/classes, physical naming org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy, mapped by Hibernate ${hibernate} (brought by migrate: the project has no Hibernate)), as no schema file exists",
        'the migrations produce exactly the JPA entities')

assert h2(basedir, 'SELECT revision FROM migrate_version') == [['owners']]
assert h2(basedir, "SELECT column_name FROM information_schema.columns WHERE table_name = 'OWNER' ORDER BY column_name") ==
        [['FULL_NAME'], ['ID']]
