package dev.migrate.jpa;

import dev.migrate.autogenerate.ModelException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@code META-INF/persistence.xml} among the compiled classes says about the mapping: the classes its units
 * list (all of them; with {@code exclude-unlisted-classes}, only those are entities) and its {@code hibernate.*}
 * properties that shape the schema (naming strategies, identifier settings, ...). Connection, dialect and schema
 * generation settings are left out: migrate decides those for the shadow database. Read with the JDK's parser.
 *
 * @param listed          the classes the units name, in order
 * @param excludeUnlisted whether every unit excludes classes it does not list
 * @param properties      the mapping properties
 * @param file            the file, for messages
 */
record PersistenceXml(List<String> listed, boolean excludeUnlisted, Map<String, String> properties, Path file) {

    /** Settings migrate chooses itself, whatever the application's unit says. */
    private static final List<String> LEFT_OUT = List.of("connection", "hbm2ddl", "dialect", "jdbc", "datasource",
            "schema-generation", "show_sql", "format_sql", "cache", "transaction", "session_factory");

    /** Whether an application's Hibernate setting shapes the schema (and migrate takes it over); not one it decides. */
    static boolean shapesSchema(String name) {
        return name.startsWith("hibernate.") && LEFT_OUT.stream().noneMatch(name::contains);
    }

    static final PersistenceXml NONE = new PersistenceXml(List.of(), false, Map.of(), null);

    /** The first {@code META-INF/persistence.xml} in {@code directories}, or {@link #NONE}. */
    static PersistenceXml find(Collection<Path> directories) {
        for (Path directory : directories) {
            Path file = directory.resolve("META-INF/persistence.xml");
            if (Files.isRegularFile(file)) {
                return read(file);
            }
        }
        return NONE;
    }

    static PersistenceXml read(Path file) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(file.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ModelException(file + " cannot be read: " + e.getMessage());
        }
        List<String> listed = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList units = document.getElementsByTagNameNS("*", "persistence-unit");
        boolean excludeUnlisted = units.getLength() > 0;
        for (int u = 0; u < units.getLength(); u++) {
            Element unit = (Element) units.item(u);
            for (Element element : children(unit, "class")) {
                listed.add(element.getTextContent().strip());
            }
            List<Element> exclude = children(unit, "exclude-unlisted-classes");
            excludeUnlisted &= !exclude.isEmpty() && !exclude.get(0).getTextContent().strip().equalsIgnoreCase("false");
            for (Element property : elements(unit.getElementsByTagNameNS("*", "property"))) {
                String name = property.getAttribute("name").strip();
                if (shapesSchema(name)) {
                    properties.put(name, property.getAttribute("value").strip());
                }
            }
        }
        return new PersistenceXml(List.copyOf(listed), excludeUnlisted, Map.copyOf(properties), file);
    }

    /**
     * The entities to map: the scanned ones, or, when every unit excludes unlisted classes, only the listed ones
     * that the scan found (a listed class that is not an entity, a converter say, is registered as listed).
     */
    List<String> entities(List<String> scanned) {
        if (!excludeUnlisted) {
            return scanned;
        }
        Set<String> names = Set.copyOf(listed);
        return scanned.stream().filter(names::contains).toList();
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element element : elements(parent.getChildNodes())) {
            if (name.equals(element.getLocalName()) || name.equals(element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> elements = new ArrayList<>();
        for (int k = 0; k < nodes.getLength(); k++) {
            if (nodes.item(k) instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }
}
