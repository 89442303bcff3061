package dev.migrate.maven;

import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.DefaultExpressionEvaluator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import dev.migrate.api.CheckRequest;
import dev.migrate.api.GenerateRequest;
import dev.migrate.api.ResumeMode;
import dev.migrate.api.TransactionMode;
import dev.migrate.maven.embedded.EmbeddedKind;
import dev.migrate.report.HistoryPicture;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The goals' configurator: typed parameters read every word they took when they were text, and refuse others naming
 * the parameter and the words; and what {@code mvn -X} prints of a goal's parameters is what Maven's configurator tells its listener: the parameters
 * that can hold a secret must reach it masked, and the text they were made from must not reach it at all.
 */
class GoalConfiguratorTest {

    /** Stands in for a goal: the two kinds of parameter. */
    public static final class Target {
        MaskedPassword password;
        MaskedUrl url;
    }

    /** Records what Maven's debug listener would print. */
    private static final class Recording implements ConfigurationListener {
        final List<String> lines = new ArrayList<>();

        @Override
        public void notifyFieldChangeUsingSetter(String fieldName, Object value, Object target) {
            lines.add("(s) " + fieldName + " = " + value);
        }

        @Override
        public void notifyFieldChangeUsingReflection(String fieldName, Object value, Object target) {
            lines.add("(f) " + fieldName + " = " + value);
        }
    }

    private static List<String> configure(ComponentConfigurator configurator, Target target) throws Exception {
        XmlPlexusConfiguration configuration = new XmlPlexusConfiguration("configuration");
        configuration.addChild("password", "Sup3r-Secret-PW");
        configuration.addChild("url", "jdbc:postgresql://db/app?user=app&password=Sup3r-Secret-PW");
        Recording listener = new Recording();
        ClassRealm realm = new ClassWorld("test", Target.class.getClassLoader()).getClassRealm("test");
        configurator.configureComponent(target, configuration, new DefaultExpressionEvaluator(), realm, listener);
        return listener.lines;
    }

    @Test
    void theGoalsConfiguratorListsSecretsMaskedAndNothingElse() throws Exception {
        Target target = new Target();

        List<String> printed = configure(new GoalConfigurator(), target);

        assertThat(printed).containsExactlyInAnyOrder("(f) password = ****",
                "(f) url = jdbc:postgresql://db/app?user=app&password=****");
        assertThat(MaskedPassword.valueOf(target.password)).isEqualTo("Sup3r-Secret-PW");
        assertThat(MaskedUrl.valueOf(target.url)).isEqualTo("jdbc:postgresql://db/app?user=app&password=Sup3r-Secret-PW");
    }

    @Test
    void mavensBasicConfiguratorWouldListTheTextTheValuesAreMadeFrom() throws Exception {
        Target target = new Target();

        List<String> printed = configure(new BasicComponentConfigurator(), target);

        assertThat(MaskedPassword.valueOf(target.password)).as("the basic configurator still works (the test harness "
                + "uses it)").isEqualTo("Sup3r-Secret-PW");
        assertThat(printed).anyMatch(line -> line.contains("Sup3r-Secret-PW"));
    }

    /** Stands in for a goal: one field of each typed kind. */
    public static final class Typed {
        TransactionMode transactionMode;
        ResumeMode resume;
        GenerateRequest.CompareWith compareWith;
        CheckRequest.LintLevel failOnLint;
        RevisionKind kind;
        GraphFormat format;
        Duration lockTimeout;
        List<String> checks;
        EmbeddedKind embedded;
    }

    private static Typed configured(String parameter, String text) throws Exception {
        XmlPlexusConfiguration configuration = new XmlPlexusConfiguration("configuration");
        configuration.addChild(parameter, text);
        Typed target = new Typed();
        ClassRealm realm = new ClassWorld("test", Typed.class.getClassLoader()).getClassRealm("test");
        new GoalConfigurator().configureComponent(target, configuration, new DefaultExpressionEvaluator(), realm,
                new Recording());
        return target;
    }

    private static Object field(Typed target, String name) throws ReflectiveOperationException {
        return Typed.class.getDeclaredField(name).get(target);
    }

    /** Every word each parameter took as text before it was typed, in the spellings users write. */
    static Stream<Arguments> acceptedWords() {
        return Stream.of(
                arguments("transactionMode", "per-migration", TransactionMode.PER_MIGRATION),
                arguments("transactionMode", "PER-MIGRATION", TransactionMode.PER_MIGRATION),
                arguments("transactionMode", " all ", TransactionMode.ALL),
                arguments("transactionMode", "All", TransactionMode.ALL),
                arguments("resume", "false", ResumeMode.OFF),
                arguments("resume", "true", ResumeMode.ON),
                arguments("resume", "TRUE", ResumeMode.ON),
                arguments("resume", "rerun", ResumeMode.RERUN),
                arguments("resume", "Skip", ResumeMode.SKIP),
                arguments("compareWith", "migrations", GenerateRequest.CompareWith.MIGRATIONS),
                arguments("compareWith", "DATABASE", GenerateRequest.CompareWith.DATABASE),
                arguments("compareWith", " database", GenerateRequest.CompareWith.DATABASE),
                arguments("failOnLint", "none", CheckRequest.LintLevel.NONE),
                arguments("failOnLint", "error", CheckRequest.LintLevel.ERROR),
                arguments("failOnLint", "Warning", CheckRequest.LintLevel.WARNING),
                arguments("kind", "sql", RevisionKind.SQL),
                arguments("kind", "java", RevisionKind.JAVA),
                arguments("kind", "JAVA ", RevisionKind.JAVA),
                arguments("format", "svg", GraphFormat.SVG),
                arguments("format", "dot", GraphFormat.DOT),
                arguments("format", "Mermaid", GraphFormat.MERMAID),
                arguments("embedded", "h2", EmbeddedKind.H2),
                arguments("embedded", "PostgreSQL", EmbeddedKind.POSTGRESQL),
                arguments("lockTimeout", "60", Duration.ofSeconds(60)),
                arguments("lockTimeout", "0", Duration.ZERO),
                arguments("lockTimeout", " 10 ", Duration.ofSeconds(10)),
                arguments("lockTimeout", "-1", Duration.ofSeconds(-1)),
                arguments("lockTimeout", "500ms", Duration.ofMillis(500)),
                arguments("lockTimeout", "90s", Duration.ofSeconds(90)),
                arguments("lockTimeout", "2m", Duration.ofMinutes(2)),
                arguments("lockTimeout", "1h", Duration.ofHours(1)),
                arguments("lockTimeout", "PT1M30S", Duration.ofSeconds(90)),
                arguments("lockTimeout", "pt5s", Duration.ofSeconds(5)));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("acceptedWords")
    void everyWordAParameterTookAsTextStillWorks(String parameter, String text, Object expected) throws Exception {
        assertThat(field(configured(parameter, text), parameter)).isEqualTo(expected);
    }

    /** A wrong word, and what the error must say: the parameter and the words it takes. */
    static Stream<Arguments> refusedWords() {
        return Stream.of(
                arguments("transactionMode", "each", "migrate.transactionMode = 'each' is not a transaction mode; "
                        + "use per-migration"),
                arguments("resume", "maybe", "migrate.resume = 'maybe' is not a resume mode; use false (the default), "
                        + "true"),
                arguments("compareWith", "shadow", "migrate.compareWith = 'shadow' is not known; use migrations or "
                        + "database"),
                arguments("failOnLint", "fatal", "migrate.failOnLint = 'fatal' is not known; use none, error or "
                        + "warning"),
                arguments("kind", "kotlin", "migrate.kind = 'kotlin' is not known; use sql (a revision file) or java "
                        + "(a Java migration class)"),
                arguments("format", "png", "migrate.format = 'png' is not a format; use one of svg, dot, mermaid"),
                arguments("transactionMode", "PER_MIGRATION", "migrate.transactionMode = 'PER_MIGRATION'"),
                arguments("embedded", "derby", "migrate.embedded = 'derby' is not known; use h2 (an H2 file database) "
                        + "or postgresql (a private PostgreSQL server)"),
                arguments("lockTimeout", "soon", "migrate.lockTimeout = 'soon' is not a duration; give whole seconds "
                        + "(60), a number with a unit (500ms, 90s, 2m, 1h) or ISO-8601 (PT1M30S)"),
                arguments("lockTimeout", "1.5", "migrate.lockTimeout = '1.5' is not a duration"),
                arguments("lockTimeout", "99999999999999999999", "is not a duration"));
    }

    @ParameterizedTest(name = "{0} = ''{1}''")
    @MethodSource("refusedWords")
    void aWrongWordFailsNamingTheParameterAndTheWords(String parameter, String text, String message) {
        assertThatThrownBy(() -> configured(parameter, text))
                .isInstanceOf(ComponentConfigurationException.class)
                .hasMessageContaining(message);
    }

    @Test
    void listsTakeCommaSeparatedTextAndListElementsAlike() throws Exception {
        XmlPlexusConfiguration configuration = new XmlPlexusConfiguration("configuration");
        XmlPlexusConfiguration checks = new XmlPlexusConfiguration("checks");
        checks.addChild("check", "graph");
        checks.addChild("check", " lint , drift");
        configuration.addChild(checks);
        Typed target = new Typed();
        new GoalConfigurator().configureComponent(target, configuration, new DefaultExpressionEvaluator(),
                new ClassWorld("test", Typed.class.getClassLoader()).getClassRealm("test"), new Recording());

        assertThat(ParameterWords.items(target.checks)).containsExactly("graph", "lint", "drift");
        assertThat(ParameterWords.items(configured("checks", "graph, lint,,model ").checks))
                .containsExactly("graph", "lint", "model");
        assertThat(ParameterWords.items(null)).isEmpty();
    }

    @Test
    void theFormatsAreTheCoresPictures() {
        assertThat(GraphFormat.words()).isEqualTo(HistoryPicture.FORMATS);
    }
}
