package dev.migrate.maven;

import dev.migrate.report.CheckReport;
import dev.migrate.report.CheckResult;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of the last {@code migrate:check}, read back from the JUnit XML it writes
 * ({@code TEST-migrate-check.xml} in the reports directory) with the JDK's parser, for the "Migrations" page.
 */
final class LastCheck {

    static final String FILE = "TEST-migrate-check.xml";

    private LastCheck() {
    }

    /** The report, or empty when no check ran (no file) or the file is not one {@code check} wrote. */
    static Optional<CheckReport> read(Path reportsDirectory) {
        Path file = reportsDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element suite = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            if (!"migrate.check".equals(suite.getAttribute("name"))) {
                return Optional.empty();
            }
            List<CheckResult> results = new ArrayList<>();
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int k = 0; k < cases.getLength(); k++) {
                Element test = (Element) cases.item(k);
                long millis = Math.round(parseSeconds(test.getAttribute("time")) * 1000);
                Element failure = first(test, "failure");
                Element skipped = first(test, "skipped");
                String name = test.getAttribute("name");
                if (failure != null) {
                    results.add(new CheckResult(name, CheckResult.Outcome.FAILED, failure.getAttribute("message"),
                            failure.getTextContent().isBlank() ? List.of() : List.of(failure.getTextContent().split("\n")),
                            millis));
                } else if (skipped != null) {
                    results.add(new CheckResult(name, CheckResult.Outcome.SKIPPED, skipped.getAttribute("message"),
                            List.of(), millis));
                } else {
                    results.add(new CheckResult(name, CheckResult.Outcome.PASSED, "", List.of(), millis));
                }
            }
            return Optional.of(new CheckReport(null, results));
        } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** When the file was written, to the second, for the page. */
    static String writtenAt(Path reportsDirectory) {
        try {
            return Files.getLastModifiedTime(reportsDirectory.resolve(FILE)).toInstant().truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        } catch (IOException e) {
            return null;
        }
    }

    private static Element first(Element parent, String name) {
        NodeList children = parent.getElementsByTagName(name);
        return children.getLength() == 0 ? null : (Element) children.item(0);
    }

    private static double parseSeconds(String text) {
        try {
            return text.isBlank() ? 0 : Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
