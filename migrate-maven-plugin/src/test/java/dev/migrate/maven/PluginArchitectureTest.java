package dev.migrate.maven;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plugin's structure, checked on its bytecode: mojos only map Maven parameters onto the core's facade, so they
 * use the core's {@code api}, {@code report} and {@code connect} (the connection precedence every front end shares)
 * packages, and the public types of its root package ({@code JavaMigration}, {@code Revision}), nothing below them,
 * no JDBC and no database. The one exception is {@code maven.embedded}, which starts the embedded PostgreSQL when
 * no URL is set: it alone names a database and uses the server library.
 */
@AnalyzeClasses(packages = "dev.migrate.maven", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

    /** A database's name or vendor SQL in a class file. */
    private static final Pattern DATABASE_NAME = Pattern.compile(
            "(?i)postgres|\\bh2\\b|mariadb|mysql|oracle|sqlserver|sqlite|\\bpg_");

    @ArchTest
    static final ArchRule mojosUseOnlyTheFacadeOfTheCore = noClasses().should().dependOnClassesThat(
                    resideInAPackage("dev.migrate..").and(resideOutsideOfPackages("dev.migrate",
                            "dev.migrate.maven..", "dev.migrate.api..", "dev.migrate.report..",
                            "dev.migrate.connect..")))
            .because("a mojo maps parameters onto Migrator and prints its reports; the core's insides are its own");

    @ArchTest
    static final ArchRule mojosDoNotTalkToDatabases = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "org.h2..", "org.mariadb..",
                    "com.mysql..")
            .because("the core opens connections and its dialects speak to the databases");

    @ArchTest
    static final ArchRule onlyTheEmbeddedPackageStartsADatabase = noClasses().that()
            .resideOutsideOfPackage("dev.migrate.maven.embedded..").should().dependOnClassesThat()
            .resideInAPackage("io.zonky..")
            .because("the embedded server is one package's business; the goals only ask it for a connection");

    @ArchTest
    static void noMojoNamesADatabase(JavaClasses classes) throws IOException {
        Set<String> naming = new TreeSet<>();
        for (JavaClass javaClass : classes.that(resideOutsideOfPackage("dev.migrate.maven.embedded.."))) {
            byte[] bytes = Files.readAllBytes(Path.of(javaClass.getSource().orElseThrow().getUri()));
            if (DATABASE_NAME.matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find()) {
                naming.add(javaClass.getName());
            }
        }
        assertThat(naming).as("plugin classes whose bytecode names a database").isEmpty();
    }
}
