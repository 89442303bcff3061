package dev.migrate.maven;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The goals that only read and write revision files have no connection parameters at all, in the plugin descriptor
 * Maven (and {@code migrate:help}) reads; the goals that use a database all have them. The {@code src/it} scenario
 * {@code heads-without-connection-settings} runs them with none and with a bogus URL.
 */
class FilesOnlyGoalsTest {

    private static final List<String> FILES_ONLY = List.of("heads", "branches", "merge");
    private static final List<String> CONNECTION = List.of("url", "user", "password", "serverId", "shadowUrl",
            "connectTimeout", "lockTimeout", "dialect", "schema");

    /** Each goal's parameter names, from the generated plugin descriptor. */
    private static Map<String, List<String>> parametersByGoal() throws Exception {
        Document plugin = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new File("target/classes/META-INF/maven/plugin.xml"));
        Map<String, List<String>> goals = new TreeMap<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            String goal = mojo.getElementsByTagName("goal").item(0).getTextContent();
            List<String> names = new ArrayList<>();
            NodeList parameters = ((Element) mojo.getElementsByTagName("parameters").item(0))
                    .getElementsByTagName("parameter");
            for (int k = 0; k < parameters.getLength(); k++) {
                names.add(((Element) parameters.item(k)).getElementsByTagName("name").item(0).getTextContent());
            }
            goals.put(goal, names);
        }
        return goals;
    }

    @Test
    void filesOnlyGoalsShowNoConnectionParameters() throws Exception {
        Map<String, List<String>> goals = parametersByGoal();

        for (String goal : FILES_ONLY) {
            assertThat(goals.get(goal)).as(goal).isNotNull().doesNotContainAnyElementsOf(CONNECTION)
                    .contains("migrationsDirectory", "locations", "skip");
        }
        goals.keySet().stream().filter(goal -> !FILES_ONLY.contains(goal) && !goal.equals("help")).forEach(goal ->
                assertThat(goals.get(goal)).as(goal).containsAll(CONNECTION));
    }
}
