package dev.migrate.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The command line's structure, checked on its bytecode: commands only map options onto the core's facade, like the
 * plugin's mojos, so they use the core's {@code api}, {@code report} and {@code connect} packages and nothing below
 * them, no JDBC and no database.
 */
@AnalyzeClasses(packages = "dev.migrate.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule commandsUseOnlyTheFacadeOfTheCore = noClasses().should().dependOnClassesThat(
                    resideInAPackage("dev.migrate..").and(resideOutsideOfPackages("dev.migrate.cli..",
                            "dev.migrate.api..", "dev.migrate.report..", "dev.migrate.connect..")))
            .because("a command maps options onto Migrator and prints its reports; the core's insides are its own");

    @ArchTest
    static final ArchRule commandsDoNotTalkToDatabases = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "org.h2..", "org.mariadb..",
                    "com.mysql..")
            .because("the core opens connections and its dialects speak to the databases");
}
