package dev.migrate.maven;

import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.plugin.Mojo;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.codehaus.plexus.classworlds.ClassWorld;
import org.codehaus.plexus.component.configurator.expression.DefaultExpressionEvaluator;
import org.codehaus.plexus.configuration.xml.XmlPlexusConfiguration;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugin-testing harness ({@code @MojoTest}), with the goals' own parameter types. The harness configures a goal
 * with Maven's basic configurator, which cannot make a {@code Duration} or read an enum's words
 * ({@code per-migration}); Maven itself uses the configurator the goal names ({@link GoalConfigurator}). So the
 * harness is shown the goal without those parameters, and their defaults are then set through the goal's own
 * configurator, as Maven sets them.
 */
public class GoalTestExtension extends MojoExtension {

    @Override
    protected Mojo lookupMojo(ExtensionContext context, String[] coordinates, Xpp3Dom pluginConfiguration,
                              PluginDescriptor plugin, Path basedir) throws Exception {
        MojoDescriptor goal = plugin.getMojos().stream().filter(m -> m.getGoal().equals(coordinates[3])).findFirst()
                .orElseThrow();
        List<Parameter> all = new ArrayList<>(goal.getParameters());
        List<Parameter> typed = all.stream().filter(GoalTestExtension::ownType).toList();
        goal.setParameters(all.stream().filter(p -> !typed.contains(p)).toList());
        Mojo mojo;
        try {
            mojo = super.lookupMojo(context, coordinates, pluginConfiguration, plugin, basedir);
        } finally {
            goal.setParameters(all);
        }
        XmlPlexusConfiguration defaults = new XmlPlexusConfiguration("configuration");
        for (Parameter parameter : typed) {
            if (parameter.getDefaultValue() != null) {
                defaults.addChild(parameter.getName(), parameter.getDefaultValue());
            }
        }
        new GoalConfigurator().configureComponent(mojo, defaults, new DefaultExpressionEvaluator(),
                new ClassWorld("defaults", getClass().getClassLoader()).getClassRealm("defaults"));
        return mojo;
    }

    private static boolean ownType(Parameter parameter) {
        try {
            return new GoalConfigurator.TypedConverter().canConvert(Class.forName(parameter.getType()));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
