package dev.migrate.maven;

import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.classworlds.realm.ClassRealm;
import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.expression.DefaultExpressionEvaluator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code mvn -X} prints of a goal's parameters is what Maven's configurator tells its listener: the parameters
 * that can hold a secret must reach it masked, and the text they were made from must not reach it at all.
 */
class MaskingConfiguratorTest {

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

        List<String> printed = configure(new MaskingConfigurator(), target);

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
}
