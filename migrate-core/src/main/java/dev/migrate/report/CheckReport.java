package dev.migrate.report;

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
        lines.add((failed == 0 ? "All checks passed" : failed + " check(s) failed") + " (" + results.size() + " run, "
                + skipped + " skipped).");
        return lines;
    }

    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
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

    /** The Surefire flavour of JUnit XML, which CI servers read: a suite {@code migrate.check}, a case per check. */
    public String toJUnitXml() {
        long failures = failures().size();
        long skipped = results.stream().filter(r -> r.outcome() == CheckResult.Outcome.SKIPPED).count();
        double seconds = results.stream().mapToLong(CheckResult::durationMillis).sum() / 1000.0;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append(String.format(Locale.ROOT, "<testsuite name=\"migrate.check\" tests=\"%d\" failures=\"%d\" "
                + "errors=\"0\" skipped=\"%d\" time=\"%.3f\">%n", results.size(), failures, skipped, seconds));
        for (CheckResult result : results) {
            xml.append(String.format(Locale.ROOT, "  <testcase classname=\"migrate.check\" name=\"%s\" time=\"%.3f\"",
                    escape(result.name()), result.durationMillis() / 1000.0));
            switch (result.outcome()) {
                case PASSED -> xml.append("/>\n");
                case SKIPPED -> xml.append(">\n    <skipped message=\"").append(escape(result.summary()))
                        .append("\"/>\n  </testcase>\n");
                case FAILED -> xml.append(">\n    <failure message=\"").append(escape(result.summary()))
                        .append("\" type=\"migrate.check.").append(escape(result.name())).append("\">")
                        .append(escape(String.join("\n", result.details()))).append("</failure>\n  </testcase>\n");
            }
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
