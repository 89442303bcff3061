import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import java.util.jar.JarFile

import static dev.migrate.maven.it.ItSupport.*

// The example's own tests are what prove it works; here we check that all of them ran, and passed.
def testsPerClass = [StartMigratesTest: 4, HealthCheckTest: 3, FailedStartTest: 3]
def text = log(basedir)
testsPerClass.each { name, count ->
    def line = ~/Tests run: $count, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: [0-9.,]+ s -- in dev\.migrate\.examples\.bookshop\.$name/
    assert text =~ line : "build.log has no passing run of $count tests in $name\n----- build.log -----\n$text"
}
assertLogContains(basedir,
        'Tests run: 10, Failures: 0, Errors: 0, Skipped: 0',
        ' from base to 1e27caf9b389: 4 revisions in ',
        'Upgrade 3/4 9e3b7c1dc926 (Fill in book slugs)',
        'BUILD SUCCESS')

// The executable jar holds the revisions (SQL files and the Java migration) where classpath:db/migrations finds
// them, and migrate itself; the broken revision is for the tests only.
def app = new File(basedir, 'bookshop-app')
def jar = new File(app, 'target/bookshop-app-1.0.0-SNAPSHOT.jar')
def entries = new JarFile(jar).withCloseable { it.entries().collect { it.name } }
assert entries.containsAll([
        'BOOT-INF/classes/db/migrations/20261121_0900-c331fa20f20f_create_authors_and_books.sql',
        'BOOT-INF/classes/db/migrations/20261121_0915-891092c24729_add_slugs_to_books.sql',
        'BOOT-INF/classes/db/migrations/FillInBookSlugs.class',
        'BOOT-INF/classes/db/migrations/20261121_0945-1e27caf9b389_require_unique_book_slugs.sql']) : entries
assert entries.any { it ==~ 'BOOT-INF/lib/migrate-spring-boot-autoconfigure-.*\\.jar' } : entries
assert entries.any { it ==~ 'BOOT-INF/lib/migrate-core-.*\\.jar' } : entries
assert !entries.any { it.contains('de5a0b9e3811') } : entries

// java -jar: the application migrates its H2 file database from inside the jar, then serves.
def port = new ServerSocket(0).withCloseable { it.localPort }
def out = new File(app, 'target/java-jar.log')
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = new ProcessBuilder(java, '-jar', jar.path, "--server.port=$port",
        "--spring.datasource.url=jdbc:h2:file:${new File(app, 'target/java-jar-db/bookshop').absolutePath}")
        .directory(app).redirectErrorStream(true).redirectOutput(out).start()
try {
    def client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
    def get = { String path ->
        client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:$port$path")).timeout(Duration.ofSeconds(10))
                .build(), HttpResponse.BodyHandlers.ofString())
    }
    def health = null
    def deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos()
    while (health == null && System.nanoTime() < deadline && process.alive) {
        try {
            health = get('/actuator/health')
        } catch (IOException notYet) {
            Thread.sleep(250)
        }
    }
    assert health != null : "the jar did not answer on port $port\n----- java -jar -----\n${out.text}"
    assert health.statusCode() == 200 : health.body()
    assert health.body().contains('"migrate":{"status":"UP"') && health.body().contains('"current":["1e27caf9b389"]') :
            health.body()
    def books = get('/books')
    assert books.statusCode() == 200 && books.body().contains('"slug":"going-postal-a-discworld-novel"') : books.body()
    def migrate = get('/actuator/migrate')
    assert migrate.statusCode() == 200 && migrate.body().contains('"heads":["1e27caf9b389"]') : migrate.body()
    def started = out.text
    assert started.contains("Migrated DataSource 'dataSource' (jdbc:h2:file:") : started
    assert started.contains('from base to 1e27caf9b389: 4 revisions in ') : started
} finally {
    process.destroy()
    process.waitFor()
}
