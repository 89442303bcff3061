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

/**
 * Maven's configurator plus one converter, so that the goals' parameters that can hold a secret never reach
 * {@code mvn -X} in clear. Maven lists every parameter it sets with the value's {@code toString()}, which
 * {@link MaskedPassword} and {@link MaskedUrl} mask. Maven's own way of making such a value from the configured text
 * (a {@code set(String)} method) would list the raw text as well; this converter makes them directly, and lists
 * nothing. The goals name it with {@code @Mojo(configurator = "migrate")}; Maven finds it through the Sisu index
 * ({@code META-INF/sisu/javax.inject.Named}), which binds a named class under the interfaces it names itself.
 */
@Named(MaskingConfigurator.HINT)
public class MaskingConfigurator extends BasicComponentConfigurator implements ComponentConfigurator {

    /** The name the goals give in {@code @Mojo(configurator = ...)}. */
    public static final String HINT = "migrate";

    public MaskingConfigurator() {
        converterLookup.registerConverter(new MaskedConverter());
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
            if (value == null) {
                return null;
            }
            if (type.isInstance(value)) {
                return value;
            }
            String text = value.toString();
            return type == MaskedUrl.class ? MaskedUrl.of(text) : MaskedPassword.of(text);
        }
    }
}
