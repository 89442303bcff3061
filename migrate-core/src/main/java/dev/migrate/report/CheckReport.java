package dev.migrate.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code migrate:check} found: one result per check, as text for the build log, JSON for tools and JUnit XML
 * for CI servers (one test case per check).
 *
 * @param database the database checked (password masked), or null when none was used
 * @param results  the checks, in the order they ran
 */
public record CheckReport(String database, List<CheckResult> results) {

    public CheckReport {
        results = List.copyOf(results);
    }

    public boolean passed() {
        return results.stream().noneMatch(r -> r.outcome() == CheckResult.Outcome.FAILED);
    }

    public List<CheckResult> failures() {
        return results.stream().filter(r -> r.outcome() == CheckResult.Outcome.FAILED).toList();
    }

    /** One line per check, then the details of the checks that failed. */
    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        int width = results.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (CheckResult result : results) {
            lines.add(String.format(Locale.ROOT, "%-" + width + "s  %-7s %s", result.name(),
                    result.outcome().name().toLowerCase(Locale.ROOT), result.summary()));
            for (String detail : result.details()) {
                lines.add(" ".repeat(width + 2) + "  " + detail);
            }
        }
        long failed = failures().size();
        long skipped = results.stream().filter(r -> r.outcome() == CheckResult.Outcome.SKIPPED).count();
        lines.add((failed == 0 ? "All checks passed" : failed + " check(s) failed") + " (" + (results.size() - skipped)
                + " run, " + skipped + " skipped).");
        return lines;
    }

    public String toJson() {
        Map<String, Object> json = Json.report();
        json.put("database", database);
        json.put("passed", passed());
        List<Object> checks = new ArrayList<>();
        for (CheckResult result : results) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("name", result.name());
            item.put("outcome", result.outcome().name().toLowerCase(Locale.ROOT));
            item.put("summary", result.summary());
            item.put("details", result.details());
            item.put("durationMillis", result.durationMillis());
            checks.add(item);
        }
        json.put("checks", checks);
        return Json.write(json);
    }

    /**
     * The Surefire flavour of JUnit XML, which CI servers read: a suite {@code migrate.check}, a case per check;
     * written with the JDK's {@link XMLStreamWriter}, which escapes the text.
     */
    public String toJUnitXml() {
        long failures = failures().size();
        long skipped = results.stream().filter(r -> r.outcome() == CheckResult.Outcome.SKIPPED).count();
        double seconds = results.stream().mapToLong(CheckResult::durationMillis).sum() / 1000.0;
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "migrate.check");
            xml.writeAttribute("tests", String.valueOf(results.size()));
            xml.writeAttribute("failures", String.valueOf(failures));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(skipped));
            xml.writeAttribute("time", seconds(seconds));
            for (CheckResult result : results) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "migrate.check");
                xml.writeAttribute("name", xmlText(result.name()));
                xml.writeAttribute("time", seconds(result.durationMillis() / 1000.0));
                switch (result.outcome()) {
                    case PASSED -> {
                    }
                    case SKIPPED -> {
                        xml.writeCharacters("\n    ");
                        xml.writeEmptyElement("skipped");
                        xml.writeAttribute("message", xmlText(result.summary()));
                        xml.writeCharacters("\n  ");
                    }
                    case FAILED -> {
                        xml.writeCharacters("\n    ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", xmlText(result.summary()));
                        xml.writeAttribute("type", "migrate.check." + xmlText(result.name()));
                        xml.writeCharacters(xmlText(String.join("\n", result.details())));
                        xml.writeEndElement();
                        xml.writeCharacters("\n  ");
                    }
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML of the check report: " + e.getMessage(), e);
        }
        return out.toString();
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds);
    }

    /** XML 1.0 cannot hold most control characters, escaped or not: they become spaces. */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            out.append(c < 0x20 && c != '\n' && c != '\t' && c != '\r' ? ' ' : c);
        }
        return out.toString();
    }
}
