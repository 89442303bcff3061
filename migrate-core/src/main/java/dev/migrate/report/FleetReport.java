package dev.migrate.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a fleet run did: one result per target, as a summary for the build log, JSON for tools
 * ({@code fleet.json}) and JUnit XML (one test case per target) for CI servers.
 *
 * @param goal           {@code upgrade}, ...
 * @param target         the revision target of the run ({@code head}, ...)
 * @param results        per target, in rollout order
 * @param parallelism    how many targets ran at once
 * @param shard          {@code i/n}, or {@code 1/1} for the whole fleet
 * @param durationMillis how long the run took
 * @param stoppedBecause why the rollout stopped early, or null
 */
public record FleetReport(String goal, String target, List<FleetTargetResult> results, int parallelism, String shard,
                          long durationMillis, String stoppedBecause) {

    public FleetReport {
        results = List.copyOf(results);
    }

    /** Whether every target succeeded (none failed, none was left out). */
    public boolean passed() {
        return results.stream().allMatch(FleetTargetResult::succeeded);
    }

    public List<FleetTargetResult> failures() {
        return results.stream().filter(r -> r.outcome() == FleetTargetResult.Outcome.FAILED).toList();
    }

    public Map<FleetTargetResult.Outcome, Integer> counts() {
        Map<FleetTargetResult.Outcome, Integer> counts = new EnumMap<>(FleetTargetResult.Outcome.class);
        for (FleetTargetResult.Outcome outcome : FleetTargetResult.Outcome.values()) {
            counts.put(outcome, 0);
        }
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    /** The summary: counts by outcome, then every failed target with its reason, then how many were not started. */
    public List<String> toText() {
        List<String> lines = new ArrayList<>();
        Map<FleetTargetResult.Outcome, Integer> counts = counts();
        lines.add("Fleet " + goal + " to " + target + ": " + results.size() + " target(s)"
                + (shard.equals("1/1") ? "" : " (shard " + shard + ")") + ", parallelism " + parallelism + ", "
                + Durations.describe(java.time.Duration.ofMillis(durationMillis)));
        lines.add(String.format(Locale.ROOT, "  %-12s %8s", "outcome", "targets"));
        for (Map.Entry<FleetTargetResult.Outcome, Integer> e : counts.entrySet()) {
            lines.add(String.format(Locale.ROOT, "  %-12s %8d", e.getKey().word(), e.getValue()));
        }
        int applied = results.stream().mapToInt(FleetTargetResult::applied).sum();
        lines.add("  " + applied + " revision(s) applied in all");
        int width = Math.max(6, results.stream().filter(r -> !r.succeeded()).mapToInt(r -> r.target().length())
                .max().orElse(6));
        for (FleetTargetResult r : failures()) {
            lines.add(String.format(Locale.ROOT, "  FAILED %-" + width + "s %s%s: %s", r.target(), r.fromTo(),
                    r.whereNote(), r.failure()));
        }
        if (stoppedBecause != null) {
            lines.add("  Stopped: " + stoppedBecause + "; " + counts.get(FleetTargetResult.Outcome.NOT_STARTED)
                    + " target(s) not started. Fix the failure, then run again: targets already done are skipped.");
        }
        return lines;
    }

    public String toJson() {
        Map<String, Object> json = Json.report();
        json.put("goal", goal);
        json.put("target", target);
        json.put("passed", passed());
        json.put("shard", shard);
        json.put("parallelism", parallelism);
        json.put("durationMillis", durationMillis);
        json.put("stoppedBecause", stoppedBecause);
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        counts().forEach((outcome, n) -> summary.put(outcome.name().toLowerCase(Locale.ROOT), n));
        json.put("summary", summary);
        List<Object> targets = new ArrayList<>();
        for (FleetTargetResult r : results) {
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("target", r.target());
            item.put("outcome", r.outcome().name().toLowerCase(Locale.ROOT));
            item.put("from", r.from());
            item.put("to", r.to());
            item.put("applied", r.applied());
            item.put("durationMillis", r.durationMillis());
            item.put("failure", r.failure());
            item.put("errorKind", r.errorKind());
            item.put("file", r.location());
            item.put("line", r.line() > 0 ? r.line() : null);
            targets.add(item);
        }
        json.put("targets", targets);
        return Json.write(json);
    }

    /** The Surefire flavour of JUnit XML: a suite {@code migrate.fleet.<goal>}, a case per target. */
    public String toJUnitXml() {
        StringWriter out = new StringWriter();
        String suite = "migrate.fleet." + goal;
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suite);
            xml.writeAttribute("tests", String.valueOf(results.size()));
            xml.writeAttribute("failures", String.valueOf(failures().size()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", String.valueOf(counts().get(FleetTargetResult.Outcome.NOT_STARTED)));
            xml.writeAttribute("time", seconds(durationMillis));
            for (FleetTargetResult r : results) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", suite);
                xml.writeAttribute("name", xmlText(r.target()));
                xml.writeAttribute("time", seconds(r.durationMillis()));
                if (r.outcome() == FleetTargetResult.Outcome.FAILED) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", xmlText(r.fromTo() + (r.where() == null ? "" : " at " + r.where())));
                    xml.writeAttribute("type", "migrate." + (r.errorKind() == null ? "FAILED" : r.errorKind()));
                    xml.writeCharacters(xmlText(String.valueOf(r.failure())));
                    xml.writeEndElement();
                    xml.writeCharacters("\n  ");
                } else if (r.outcome() == FleetTargetResult.Outcome.NOT_STARTED) {
                    xml.writeCharacters("\n    ");
                    xml.writeEmptyElement("skipped");
                    xml.writeAttribute("message", xmlText(String.valueOf(r.failure())));
                    xml.writeCharacters("\n  ");
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the JUnit XML of the fleet report: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static String seconds(long millis) {
        return CheckReport.seconds(millis / 1000.0);
    }

    private static String xmlText(String text) {
        return CheckReport.xmlText(text);
    }
}
