package dev.migrate.report;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The revision graph of a {@link HistoryReport} as a picture for pull requests, wikis and the site report: SVG (drawn
 * here, in the lanes of {@link HistoryGraph}), Graphviz DOT and Mermaid (text that those tools draw).
 *
 * <p>Each revision is a dot in its lane, newest at the top, with its id, labels and message beside it: green when the
 * database has it applied, white when it is pending, grey when no database was asked; a ring marks the database's
 * current revisions. Solid lines join a revision to the revisions it revises, dashed ones to those it depends on.
 *
 * <p>Long linear runs are collapsed, so that a history of thousands of revisions stays readable: {@value #KEEP_RUN}
 * or more revisions in a row that each have one parent and one child, no labels and the same state, and are neither
 * head nor current, become one node "N revisions (first ... last)". Collapsing looks at each revision once, and the
 * layout does work per revision proportional to the open lanes.
 *
 * <p>The SVG is written with the JDK's {@link XMLStreamWriter}, which escapes messages; no script, no external
 * resource.
 */
public final class HistoryPicture {

    /** The formats {@code migrate:history -Dmigrate.format=...} writes besides text and JSON. */
    public static final List<String> FORMATS = List.of("svg", "dot", "mermaid");
    /** Linear runs at least this long are collapsed. */
    static final int KEEP_RUN = 6;

    private static final int ROW = 26;
    private static final int LANE = 20;
    private static final int TOP = 20;
    private static final int LEFT = 16;
    private static final int RADIUS = 6;
    private static final int CHAR_WIDTH = 7;
    private static final String APPLIED = "#2e7d32";
    private static final String PENDING = "#ffffff";
    private static final String UNKNOWN = "#b0bec5";

    private HistoryPicture() {
    }

    /** One drawn node: a revision, or a collapsed run of them. */
    record Item(String id, List<String> parents, List<String> dependsOn, String text, String title, String fill,
                boolean current, int collapsed) {
    }

    /** The picture in {@code format}: {@code svg}, {@code dot} or {@code mermaid}. */
    public static String render(HistoryReport report, String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "svg" -> svg(report);
            case "dot" -> dot(report);
            case "mermaid" -> mermaid(report);
            default -> throw new IllegalArgumentException("'" + format + "' is not a picture format; known: "
                    + String.join(", ", FORMATS));
        };
    }

    // ---------------------------------------------------------------------------------------------- the items

    /** The nodes to draw, children first, with linear runs collapsed. */
    static List<Item> items(HistoryReport report) {
        List<HistoryEntry> entries = report.entries();
        Map<String, String> byLabel = new HashMap<>();
        for (HistoryEntry entry : entries) {
            entry.branchLabels().forEach(label -> byLabel.put(label, entry.revision().revision()));
        }
        java.util.Set<String> dependedOn = new java.util.HashSet<>();
        for (HistoryEntry entry : entries) {
            entry.dependsOn().forEach(written -> dependedOn.add(byLabel.getOrDefault(written, written)));
        }
        List<Item> items = new ArrayList<>();
        int k = 0;
        while (k < entries.size()) {
            int end = k;
            while (end < entries.size() && !dependedOn.contains(entries.get(end).revision().revision())
                    && collapsible(entries, end, k)) {
                end++;
            }
            if (end - k >= KEEP_RUN) {
                HistoryEntry first = entries.get(k);
                HistoryEntry last = entries.get(end - 1);
                String text = (end - k) + " revisions (" + first.revision().revision() + " ... "
                        + last.revision().revision() + ")";
                items.add(new Item(first.revision().revision(), last.revises(), List.of(), text,
                        text + ", collapsed", fill(report, first), false, end - k));
                k = end;
            } else {
                HistoryEntry entry = entries.get(k);
                items.add(item(report, entry, byLabel));
                k++;
            }
        }
        return items;
    }

    /**
     * Whether entry {@code index} can join the run that starts at {@code start}: one parent, which is the next entry;
     * one child, which is the entry before (for all but the first); no labels or dependencies; not head or current;
     * the state of the run's first.
     */
    private static boolean collapsible(List<HistoryEntry> entries, int index, int start) {
        HistoryEntry entry = entries.get(index);
        if (entry.revises().size() != 1 || entry.children().size() != 1 || entry.head() || entry.current()
                || !entry.branchLabels().isEmpty() || !entry.dependsOn().isEmpty()
                || entry.applied() != entries.get(start).applied()) {
            return false;
        }
        if (index + 1 >= entries.size() || !entries.get(index + 1).revision().revision().equals(entry.revises().get(0))) {
            return false;
        }
        return index == start || entries.get(index - 1).revision().revision().equals(entry.children().get(0));
    }

    private static Item item(HistoryReport report, HistoryEntry entry, Map<String, String> byLabel) {
        String id = entry.revision().revision();
        List<String> dependencies = new ArrayList<>();
        for (String written : entry.dependsOn()) {
            String target = written.endsWith("@head") || written.endsWith("@base") ? null
                    : byLabel.getOrDefault(written, written);
            if (target != null) {
                dependencies.add(target);
            }
        }
        StringBuilder text = new StringBuilder(id);
        if (!entry.branchLabels().isEmpty()) {
            text.append(" (").append(String.join(", ", entry.branchLabels())).append(')');
        }
        if (entry.head()) {
            text.append(" (head)");
        }
        if (entry.current()) {
            text.append(" (current)");
        }
        text.append("  ").append(entry.revision().message());
        String state = entry.applied() ? "applied" : report.database() == null ? "not checked" : "pending";
        String title = id + ": " + entry.revision().message() + " [" + state + "]"
                + (entry.createDate() == null ? "" : ", created " + entry.createDate())
                + ", " + entry.revision().location();
        return new Item(id, entry.revises(), dependencies, text.toString(), title, fill(report, entry),
                entry.current(), 1);
    }

    private static String fill(HistoryReport report, HistoryEntry entry) {
        return entry.applied() ? APPLIED : report.database() == null ? UNKNOWN : PENDING;
    }

    // ------------------------------------------------------------------------------------------------------ SVG

    /** The graph as a standalone SVG document. */
    public static String svg(HistoryReport report) {
        List<Item> items = items(report);
        List<HistoryGraph.Node> nodes = new ArrayList<>(items.size());
        for (Item item : items) {
            nodes.add(new HistoryGraph.Node(item.id(), item.parents()));
        }
        List<HistoryGraph.Placement> placements = HistoryGraph.draw(nodes);
        Map<String, Integer> rowOf = new HashMap<>();
        int lanes = 1;
        for (int k = 0; k < items.size(); k++) {
            rowOf.put(items.get(k).id(), k);
            lanes = Math.max(lanes, placements.get(k).column() + 1);
        }
        int textX = LEFT + lanes * LANE + 8;
        int longest = items.stream().mapToInt(item -> item.text().length()).max().orElse(20);
        int width = textX + longest * CHAR_WIDTH + LEFT;
        int height = TOP * 2 + Math.max(1, items.size()) * ROW;
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter svg = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            svg.writeStartElement("svg");
            svg.writeDefaultNamespace("http://www.w3.org/2000/svg");
            svg.writeAttribute("width", String.valueOf(width));
            svg.writeAttribute("height", String.valueOf(height));
            svg.writeAttribute("viewBox", "0 0 " + width + " " + height);
            svg.writeAttribute("font-family", "monospace");
            svg.writeAttribute("font-size", "12");
            svg.writeAttribute("data-revisions", String.valueOf(report.entries().size()));
            svg.writeCharacters("\n");
            element(svg, "title", "Revision graph of " + report.migrations()
                    + (report.range() == null ? "" : ", range " + report.range()));
            if (items.isEmpty()) {
                text(svg, "empty", LEFT, TOP + ROW / 2, "No revisions in " + report.migrations());
            }
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                int x = LEFT + placements.get(k).column() * LANE;
                int y = TOP + k * ROW + ROW / 2;
                for (int p = 0; p < item.parents().size(); p++) {
                    Integer row = rowOf.get(item.parents().get(p));
                    if (row != null) {
                        int px = LEFT + placements.get(row).column() * LANE;
                        int py = TOP + row * ROW + ROW / 2;
                        path(svg, "edge", edge(x, y, px, py, p > 0), false);
                    }
                }
                for (String dependency : item.dependsOn()) {
                    Integer row = rowOf.get(dependency);
                    if (row != null) {
                        int dx = LEFT + placements.get(row).column() * LANE;
                        int dy = TOP + row * ROW + ROW / 2;
                        int bow = (lanes + 1) * LANE / 2;
                        path(svg, "dependency", "M " + x + " " + y + " C " + (x + bow) + " " + y + ", " + (dx + bow)
                                + " " + dy + ", " + dx + " " + dy, true);
                    }
                }
            }
            for (int k = 0; k < items.size(); k++) {
                Item item = items.get(k);
                int x = LEFT + placements.get(k).column() * LANE;
                int y = TOP + k * ROW + ROW / 2;
                svg.writeStartElement("g");
                svg.writeAttribute("class", item.collapsed() > 1 ? "revision collapsed" : "revision");
                svg.writeAttribute("data-revision", item.id());
                element(svg, "title", item.title());
                if (item.current()) {
                    svg.writeEmptyElement("circle");
                    svg.writeAttribute("class", "current");
                    svg.writeAttribute("cx", String.valueOf(x));
                    svg.writeAttribute("cy", String.valueOf(y));
                    svg.writeAttribute("r", String.valueOf(RADIUS + 3));
                    svg.writeAttribute("fill", "none");
                    svg.writeAttribute("stroke", APPLIED);
                    svg.writeAttribute("stroke-width", "2");
                }
                svg.writeEmptyElement(item.collapsed() > 1 ? "rect" : "circle");
                if (item.collapsed() > 1) {
                    svg.writeAttribute("x", String.valueOf(x - RADIUS));
                    svg.writeAttribute("y", String.valueOf(y - RADIUS - 3));
                    svg.writeAttribute("width", String.valueOf(2 * RADIUS));
                    svg.writeAttribute("height", String.valueOf(2 * RADIUS + 6));
                    svg.writeAttribute("rx", String.valueOf(RADIUS));
                    svg.writeAttribute("stroke-dasharray", "2 2");
                } else {
                    svg.writeAttribute("cx", String.valueOf(x));
                    svg.writeAttribute("cy", String.valueOf(y));
                    svg.writeAttribute("r", String.valueOf(RADIUS));
                }
                svg.writeAttribute("fill", item.fill());
                svg.writeAttribute("stroke", "#37474f");
                svg.writeAttribute("stroke-width", "1.5");
                text(svg, null, textX, y + 4, item.text());
                svg.writeEndElement();
                svg.writeCharacters("\n");
            }
            svg.writeEndElement();
            svg.writeCharacters("\n");
            svg.writeEndDocument();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the revision graph as SVG: " + e.getMessage(), e);
        }
        return out.toString();
    }

    /**
     * A line from a revision down to a parent: along the revision's lane and into the parent at the bottom (a branch
     * joining), or, for a merge's other parents, out of the revision at the top and down the parent's lane.
     */
    private static String edge(int x, int y, int px, int py, boolean mergedParent) {
        if (x == px) {
            return "M " + x + " " + y + " L " + px + " " + py;
        }
        int bend = ROW * 3 / 4;
        if (mergedParent) {
            return "M " + x + " " + y + " C " + x + " " + (y + bend) + ", " + px + " " + y + ", " + px + " "
                    + (y + bend) + " L " + px + " " + py;
        }
        return "M " + x + " " + y + " L " + x + " " + (py - bend) + " C " + x + " " + py + ", " + px + " "
                + (py - bend) + ", " + px + " " + py;
    }

    private static void path(XMLStreamWriter svg, String cssClass, String d, boolean dashed)
            throws XMLStreamException {
        svg.writeEmptyElement("path");
        svg.writeAttribute("class", cssClass);
        svg.writeAttribute("d", d);
        svg.writeAttribute("fill", "none");
        svg.writeAttribute("stroke", dashed ? "#78909c" : "#37474f");
        svg.writeAttribute("stroke-width", dashed ? "1" : "1.5");
        if (dashed) {
            svg.writeAttribute("stroke-dasharray", "4 3");
        }
        svg.writeCharacters("\n");
    }

    private static void text(XMLStreamWriter svg, String cssClass, int x, int y, String content)
            throws XMLStreamException {
        svg.writeStartElement("text");
        if (cssClass != null) {
            svg.writeAttribute("class", cssClass);
        }
        svg.writeAttribute("x", String.valueOf(x));
        svg.writeAttribute("y", String.valueOf(y));
        svg.writeCharacters(content);
        svg.writeEndElement();
    }

    private static void element(XMLStreamWriter svg, String name, String content) throws XMLStreamException {
        svg.writeStartElement(name);
        svg.writeCharacters(content);
        svg.writeEndElement();
    }

    // --------------------------------------------------------------------------------------------- DOT, Mermaid

    /** The graph in Graphviz DOT: {@code dot -Tsvg history.dot}. Edges point from a revision to its parents. */
    public static String dot(HistoryReport report) {
        StringBuilder out = new StringBuilder("digraph migrations {\n");
        out.append("  rankdir=TB;\n  node [shape=box, style=\"rounded,filled\", fontname=\"monospace\"];\n");
        List<Item> items = items(report);
        for (Item item : items) {
            out.append("  ").append(quoted(item.id())).append(" [label=").append(quoted(item.text()))
                    .append(", fillcolor=").append(quoted(item.fill()))
                    .append(item.fill().equals(APPLIED) ? ", fontcolor=\"#ffffff\"" : "")
                    .append(item.current() ? ", penwidth=3" : "")
                    .append(item.collapsed() > 1 ? ", style=\"rounded,filled,dashed\"" : "").append("];\n");
        }
        Map<String, Item> drawn = index(items);
        for (Item item : items) {
            for (String parent : item.parents()) {
                if (drawn.containsKey(parent)) {
                    out.append("  ").append(quoted(item.id())).append(" -> ").append(quoted(parent)).append(";\n");
                }
            }
            for (String dependency : item.dependsOn()) {
                if (drawn.containsKey(dependency)) {
                    out.append("  ").append(quoted(item.id())).append(" -> ").append(quoted(dependency))
                            .append(" [style=dashed];\n");
                }
            }
        }
        return out.append("}\n").toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /**
     * The graph in Mermaid ({@code flowchart TD}), which GitHub and GitLab draw in Markdown. Node ids get a
     * {@code r_} prefix, since Mermaid reserves words such as {@code end}.
     */
    public static String mermaid(HistoryReport report) {
        StringBuilder out = new StringBuilder("flowchart TD\n");
        List<Item> items = items(report);
        Map<String, Item> drawn = index(items);
        for (Item item : items) {
            out.append("  r_").append(item.id()).append("[\"").append(mermaidText(item.text())).append("\"]\n");
        }
        for (Item item : items) {
            for (String parent : item.parents()) {
                if (drawn.containsKey(parent)) {
                    out.append("  r_").append(item.id()).append(" --> r_").append(parent).append('\n');
                }
            }
            for (String dependency : item.dependsOn()) {
                if (drawn.containsKey(dependency)) {
                    out.append("  r_").append(item.id()).append(" -.-> r_").append(dependency).append('\n');
                }
            }
        }
        out.append("  classDef applied fill:").append(APPLIED).append(",color:#ffffff\n");
        out.append("  classDef pending fill:").append(PENDING).append(",stroke:#37474f\n");
        out.append("  classDef unknown fill:").append(UNKNOWN).append('\n');
        Map<String, List<String>> byClass = new LinkedHashMap<>();
        for (Item item : items) {
            String cssClass = item.fill().equals(APPLIED) ? "applied" : item.fill().equals(PENDING) ? "pending"
                    : "unknown";
            byClass.computeIfAbsent(cssClass, c -> new ArrayList<>()).add("r_" + item.id());
        }
        byClass.forEach((cssClass, ids) -> out.append("  class ").append(String.join(",", ids)).append(' ')
                .append(cssClass).append('\n'));
        return out.toString();
    }

    private static String mermaidText(String text) {
        return text.replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;");
    }

    private static Map<String, Item> index(List<Item> items) {
        Map<String, Item> byId = new HashMap<>();
        for (Item item : items) {
            byId.put(item.id(), item);
        }
        return byId;
    }
}
