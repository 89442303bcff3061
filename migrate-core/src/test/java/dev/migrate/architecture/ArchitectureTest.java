package dev.migrate.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.migrate.schema.ops.SchemaOp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structure of migrate-core, checked on its bytecode (the main classes, not the tests): which package may use
 * which, that only {@code dialect.*} knows databases, that {@code api} is a facade nothing below imports, that no
 * two packages depend on each other, and that only {@code connect} opens connections (dialects are handed theirs).
 * The plugin has rules of its own ({@code PluginArchitectureTest}).
 */
@AnalyzeClasses(packages = "dev.migrate", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "dev.migrate";

    private static final Set<String> SCHEMA = Set.of("schema.model", "schema.ops", "schema.diff", "schema.render",
            "schema.introspect");

    /**
     * Each package (relative to {@code dev.migrate}) and the packages it may use; arrows point down only
     * ({@link #theLayerRulesPointDownOnly}). Every package needs a line here, so a new package is placed on purpose.
     * Every package may use the root package, the API applications implement (JavaMigration, MigrationCallback).
     */
    private static final Map<String, Set<String>> LAYERS = Map.ofEntries(
            Map.entry("", Set.of()),
            Map.entry("graph", Set.of()),
            Map.entry("schema.model", Set.of()),
            Map.entry("lock", Set.of()),
            Map.entry("report", Set.of("graph")),
            Map.entry("placeholder", Set.of()),
            Map.entry("script", Set.of("graph", "placeholder")),
            Map.entry("schema.ops", Set.of("schema.model")),
            Map.entry("schema.diff", Set.of("schema.model", "schema.ops")),
            Map.entry("schema.render", Set.of("schema.model", "schema.ops")),
            Map.entry("schema.introspect", Set.of("schema.model")),
            Map.entry("lint", Set.of("script", "schema.model", "schema.ops")),
            Map.entry("dialect", union(Set.of("lint", "lock", "script"), SCHEMA)),
            Map.entry("connect", Set.of("dialect", "report")),
            Map.entry("apply", Set.of("graph", "script", "dialect", "report")),
            Map.entry("fleet", Set.of("connect", "report")),
            Map.entry("autogenerate", union(Set.of("apply", "dialect", "graph", "report", "script"), SCHEMA)),
            Map.entry("guard", union(Set.of("apply", "autogenerate", "connect", "dialect", "graph", "lint", "lock",
                    "placeholder", "report", "script"), SCHEMA)),
            Map.entry("api", union(Set.of("autogenerate", "apply", "connect", "dialect", "fleet", "graph", "guard", "lint",
                    "lock", "placeholder", "report", "script"), SCHEMA)));

    /** What every {@code dialect.<database>} package may use: the dialect SPI and what a dialect hands out. */
    private static final Set<String> DIALECT_IMPLEMENTATION = union(Set.of("dialect", "lint", "lock", "script"),
            SCHEMA);

    /** Packages that talk JDBC (the root API hands applications a Connection). */
    private static final String[] JDBC_PACKAGES = {BASE, BASE + ".dialect..", BASE + ".lock", BASE + ".apply",
            BASE + ".autogenerate", BASE + ".schema.introspect", BASE + ".connect", BASE + ".guard", BASE + ".api"};

    /** JDBC drivers of databases: the core ships none, and its dialects speak plain JDBC. */
    private static final String[] VENDOR_DRIVERS = {"org.postgresql..", "org.h2..", "org.mariadb..", "com.mysql..",
            "oracle..", "com.microsoft.sqlserver..", "org.sqlite..", "org.hsqldb..", "org.apache.derby..",
            "com.ibm.db2.."};

    /** A database's name or vendor SQL in a class file: URL prefixes, product names, catalog prefixes. */
    private static final Pattern DATABASE_NAME = Pattern.compile(
            "(?i)postgres|\\bh2\\b|mariadb|mysql|oracle|sqlserver|sqlite|\\bpg_");

    @ArchTest
    static final ArchRule packagesUseOnlyThePackagesBelowThem = classes().that().resideInAPackage(BASE + "..")
            .should(useOnlyAllowedPackages());

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching(BASE + ".(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule nothingBelowTheFacadeUsesIt = noClasses().that().resideOutsideOfPackage(BASE + ".api..")
            .should().dependOnClassesThat().resideInAPackage(BASE + ".api..")
            .because("api is the facade over the core: the packages below it must not know it");

    @ArchTest
    static final ArchRule onlyADialectUsesItsDatabasesClasses = noClasses()
            .that().resideOutsideOfPackage(BASE + ".dialect.*..")
            .should().dependOnClassesThat().resideInAPackage(BASE + ".dialect.*..")
            .because("the core talks to the Dialect interface; each database's classes are found by ServiceLoader");

    @ArchTest
    static final ArchRule theCoreUsesNoDatabaseDriver = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage(VENDOR_DRIVERS)
            .because("migrate-core has no runtime dependencies; dialects speak plain JDBC");

    @ArchTest
    static final ArchRule onlyDatabasePackagesUseJdbc = noClasses().that().resideOutsideOfPackages(JDBC_PACKAGES)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..");

    @ArchTest
    static final ArchRule onlyTheConnectionLayerOpensConnections = noClasses()
            .that().resideOutsideOfPackage(BASE + ".connect..")
            .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.DriverManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Driver")
            .orShould().callMethod("javax.sql.DataSource", "getConnection")
            .because("connect applies the timeouts, retries and credentials; a connection opened elsewhere has none");

    @ArchTest
    static final ArchRule theCoreKnowsNothingOfMaven = noClasses().should().dependOnClassesThat()
            .resideInAPackage("org.apache.maven..");

    @ArchTest
    static void onlyDialectPackagesNameADatabase(JavaClasses classes) {
        Set<String> naming = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            if (!javaClass.getPackageName().startsWith(BASE + ".dialect.") && namesADatabase(javaClass)) {
                naming.add(javaClass.getName());
            }
        }
        assertThat(naming).as("classes outside dialect.* whose bytecode names a database").isEmpty();
    }

    @ArchTest
    static void eachDialectPackageNamesItsDatabase(JavaClasses classes) {
        assertThat(classes.stream().filter(c -> c.getPackageName().startsWith(BASE + ".dialect."))
                .filter(ArchitectureTest::namesADatabase).map(JavaClass::getPackageName).distinct())
                .as("the scan finds what it looks for")
                .contains(BASE + ".dialect.h2", BASE + ".dialect.postgres");
    }

    /** Whether the class file holds a database's name: in a constant, a member's name, a type it uses. */
    private static boolean namesADatabase(JavaClass javaClass) {
        try {
            byte[] bytes = Files.readAllBytes(Path.of(javaClass.getSource().orElseThrow().getUri()));
            return DATABASE_NAME.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every kind of schema operation has a visit method of its own, so that the compiler makes every renderer
     * handle it.
     */
    @ArchTest
    static void everySchemaOperationHasItsVisitMethod(JavaClasses classes) throws NoSuchMethodException {
        for (Class<?> kind : SchemaOp.class.getPermittedSubclasses()) {
            assertThat(SchemaOp.Visitor.class.getMethod("visit", kind)).as(kind.getSimpleName()).isNotNull();
        }
        assertThat(SchemaOp.Visitor.class.getMethods()).hasSameSizeAs(SchemaOp.class.getPermittedSubclasses());
    }

    @ArchTest
    static void theLayerRulesPointDownOnly(JavaClasses classes) {
        // A cycle among the rules would let two packages depend on each other.
        for (String start : LAYERS.keySet()) {
            List<String> stack = new ArrayList<>(LAYERS.get(start));
            Set<String> seen = new TreeSet<>();
            while (!stack.isEmpty()) {
                String next = stack.remove(stack.size() - 1);
                assertThat(next).as("cycle through " + start).isNotEqualTo(start);
                if (seen.add(next)) {
                    stack.addAll(LAYERS.getOrDefault(next, Set.of()));
                }
            }
        }
    }

    private static ArchCondition<JavaClass> useOnlyAllowedPackages() {
        return new ArchCondition<>("use only the packages their layer rule allows") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String from = relative(javaClass.getPackageName());
                Set<String> allowed = from.startsWith("dialect.") ? DIALECT_IMPLEMENTATION : LAYERS.get(from);
                if (allowed == null) {
                    events.add(SimpleConditionEvent.violated(javaClass, "package " + javaClass.getPackageName()
                            + " has no layer rule; add it to ArchitectureTest.LAYERS"));
                    return;
                }
                for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                    if (!target.equals(BASE) && !target.startsWith(BASE + ".")) {
                        continue;
                    }
                    String to = relative(target);
                    if (!to.equals(from) && !to.isEmpty() && !allowed.contains(to)) {
                        events.add(SimpleConditionEvent.violated(dependency, from + " -> " + to + ": "
                                + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String relative(String pkg) {
        return pkg.equals(BASE) ? "" : pkg.substring(BASE.length() + 1);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
