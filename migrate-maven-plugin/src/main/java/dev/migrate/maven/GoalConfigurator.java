package dev.migrate.maven;

import org.codehaus.plexus.component.configurator.BasicComponentConfigurator;
import org.codehaus.plexus.component.configurator.ComponentConfigurationException;
import org.codehaus.plexus.component.configurator.ComponentConfigurator;
import org.codehaus.plexus.component.configurator.ConfigurationListener;
import org.codehaus.plexus.component.configurator.converters.AbstractConfigurationConverter;
import org.codehaus.plexus.component.configurator.converters.lookup.ConverterLookup;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluator;
import org.codehaus.plexus.configuration.PlexusConfiguration;

import javax.inject.Named;
import java.time.Duration;

/**
 * Maven's configurator plus the converters of the goals' own parameter types. The goals name it with
 * {@code @Mojo(configurator = "migrate")}; Maven finds it through the Sisu index
 * ({@code META-INF/sisu/javax.inject.Named}), which binds a named class under the interfaces it names itself.
 * <ul>
 * <li>Secrets: Maven lists every parameter it sets ({@code mvn -X}) with the value's {@code toString()}, which
 * {@link MaskedPassword} and {@link MaskedUrl} mask. Maven's own way of making such a value from the configured text
 * (a {@code set(String)} method) would list the raw text as well; this converter makes them directly, and lists
 * nothing.</li>
 * <li>Words: Maven's enum converter takes only the exact constant name ({@code PER_MIGRATION}); the goals' enum
 * parameters take the words users write ({@code per-migration}, in any case), see {@link ParameterWords}.</li>
 * <li>Durations: whole seconds as before ({@code 60}), or {@code 90s}, {@code 2m}, {@code 500ms}, {@code PT1M}.</li>
 * </ul>
 * A value no converter takes fails the build before the goal runs, naming the parameter and what it accepts.
 */
@Named(GoalConfigurator.HINT)
public class GoalConfigurator extends BasicComponentConfigurator implements ComponentConfigurator {

    /** The name the goals give in {@code @Mojo(configurator = ...)}. */
    public static final String HINT = "migrate";

    public GoalConfigurator() {
        converterLookup.registerConverter(new MaskedConverter());
        converterLookup.registerConverter(new TypedConverter());
    }

    /** The configured text, or null when the parameter is not set. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Text to {@link MaskedPassword} or {@link MaskedUrl}, telling no listener the text. */
    static final class MaskedConverter extends AbstractConfigurationConverter {

        @Override
        public boolean canConvert(Class<?> type) {
            return type == MaskedPassword.class || type == MaskedUrl.class;
        }

        @Override
        public Object fromConfiguration(ConverterLookup lookup, PlexusConfiguration configuration, Class<?> type,
                                        Class<?> enclosingType, ClassLoader loader, ExpressionEvaluator evaluator,
                                        ConfigurationListener listener) throws ComponentConfigurationException {
            Object value = fromExpression(configuration, evaluator);
            if (value == null || type.isInstance(value)) {
                return value;
            }
            return type == MaskedUrl.class ? MaskedUrl.of(text(value)) : MaskedPassword.of(text(value));
        }
    }

    /**
     * Text to a value of the goals' typed parameters: an enum's words ({@link ParameterWords#parse}) or a
     * {@link Duration} ({@link ParameterWords#duration}).
     */
    static final class TypedConverter extends AbstractConfigurationConverter {

        @Override
        public boolean canConvert(Class<?> type) {
            return type == Duration.class || ParameterWords.knows(type);
        }

        @Override
        public Object fromConfiguration(ConverterLookup lookup, PlexusConfiguration configuration, Class<?> type,
                                        Class<?> enclosingType, ClassLoader loader, ExpressionEvaluator evaluator,
                                        ConfigurationListener listener) throws ComponentConfigurationException {
            Object value = fromExpression(configuration, evaluator);
            if (value == null || type.isInstance(value)) {
                return value;
            }
            try {
                return type == Duration.class ? ParameterWords.duration(configuration.getName(), text(value))
                        : ParameterWords.parse(type, configuration.getName(), text(value));
            } catch (IllegalArgumentException e) {
                throw new ComponentConfigurationException(configuration, e.getMessage(), e);
            }
        }
    }
}
