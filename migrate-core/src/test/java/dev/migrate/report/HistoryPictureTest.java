package dev.migrate.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The revision graph as SVG, DOT and Mermaid, against golden files in {@code src/test/resources/history-picture/}
 * (rewrite them with {@code -Dmigrate.updateGolden=true} after an intended change, and look at them), and the SVG
 * read back as XML: one node per revision (or collapsed run), one line per parent link drawn.
 */
class HistoryPictureTest {

    private static final Path GOLDEN = Path.of("src/test/resources/history-picture");

    /** {@code id:parents:children:flags} with flags a (applied), c (current), h (head), l=<label>, d=<dependency>. */
    private static HistoryReport report(String database, String... specs) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(":", -1);
            List<String> flags = parts[3].isEmpty() ? List.of() : Arrays.asList(parts[3].split(","));
            List<String> labels = flags.stream().filter(f -> f.startsWith("l=")).map(f -> f.substring(2)).toList();
            List<String> deps = flags.stream().filter(f -> f.startsWith("d=")).map(f -> f.substring(2)).toList();
            List<String> parents = list(parts[1]);
            List<String> children = list(parts[2]);
            entries.add(new HistoryEntry(new RevisionSummary(parts[0], "Message of " + parts[0] + " <&>",
                    "db/migrations/" + parts[0] + ".sql"), parents, "2026-11-21 10:00:00", flags.contains("a"),
                    children.isEmpty(), flags.contains("c"), children.size() > 1, parents.size() > 1, labels, deps,
                    children));
        }
        return new HistoryReport("db/migrations", database, entries);
    }

    private static List<String> list(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split(" "));
    }

    private static HistoryReport linear() {
        return report("jdbc:h2:mem:x", "c3:b2::", "b2:a1:c3:a,c", "a1::b2:a");
    }

    private static HistoryReport branchesAndMerge() {
        return report("jdbc:h2:mem:x",
                "m1:x1 y1::",
                "y1:b2:m1:l=billing,d=a1",
                "x1:b2:m1:a,c",
                "b2:a1:x1 y1:a",
                "a1::b2:a");
    }

    private static HistoryReport longLinear() {
        List<String> specs = new ArrayList<>();
        for (int k = 20; k >= 1; k--) {
            String id = "r" + k;
            String parent = k == 1 ? "" : "r" + (k - 1);
            String child = k == 20 ? "" : "r" + (k + 1);
            specs.add(id + ":" + parent + ":" + child + ":" + (k <= 12 ? "a" : "") + (k == 12 ? ",c" : ""));
        }
        return report("jdbc:h2:mem:x", specs.toArray(String[]::new));
    }

    private static void golden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("migrate.updateGolden")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    @Test
    void goldenPictures() throws IOException {
        golden("01_linear.svg", HistoryPicture.svg(linear()));
        golden("02_branches_and_merge.svg", HistoryPicture.svg(branchesAndMerge()));
        golden("02_branches_and_merge.dot", HistoryPicture.dot(branchesAndMerge()));
        golden("02_branches_and_merge.mmd", HistoryPicture.mermaid(branchesAndMerge()));
        golden("03_long_linear_collapsed.svg", HistoryPicture.svg(longLinear()));
    }

    @Test
    void theSvgDrawsANodePerRevisionAndALinePerParentAndDependency() throws Exception {
        Document svg = parse(HistoryPicture.svg(branchesAndMerge()));

        assertThat(revisions(svg)).containsExactly("m1", "y1", "x1", "b2", "a1");
        assertThat(byClass(svg, "path", "edge")).isEqualTo(5);
        assertThat(byClass(svg, "path", "dependency")).isEqualTo(1);
        assertThat(byClass(svg, "circle", "current")).isEqualTo(1);
        assertThat(svg.getDocumentElement().getTextContent()).contains("y1 (billing)  Message of y1 <&>",
                "m1 (head)");
    }

    @Test
    void longLinearRunsCollapseButHeadsCurrentAndStateChangesStay() throws Exception {
        Document svg = parse(HistoryPicture.svg(longLinear()));

        // r20 head, r19..r13 pending run, r12 current, r11..r2 applied run, r1 base.
        assertThat(revisions(svg)).containsExactly("r20", "r19", "r12", "r11", "r1");
        assertThat(svg.getDocumentElement().getTextContent()).contains("7 revisions (r19 ... r13)",
                "10 revisions (r11 ... r2)");
        assertThat(svg.getDocumentElement().getAttribute("data-revisions")).isEqualTo("20");
        assertThat(byClass(svg, "path", "edge")).isEqualTo(4);
    }

    @Test
    void aThousandRevisionsStayASmallPicture() throws Exception {
        List<String> specs = new ArrayList<>();
        for (int k = 1000; k >= 1; k--) {
            specs.add("r" + k + ":" + (k == 1 ? "" : "r" + (k - 1)) + ":" + (k == 1000 ? "" : "r" + (k + 1)) + ":"
                    + (k <= 990 ? "a" : "") + (k == 990 ? ",c" : ""));
        }
        Document svg = parse(HistoryPicture.svg(report("jdbc:h2:mem:x", specs.toArray(String[]::new))));

        assertThat(revisions(svg)).hasSizeLessThan(10);
    }

    @Test
    void anUnknownFormatIsRefused() {
        assertThatThrownBy(() -> HistoryPicture.render(linear(), "png"))
                .hasMessage("'png' is not a picture format; known: svg, dot, mermaid");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> revisions(Document svg) {
        List<String> ids = new ArrayList<>();
        NodeList groups = svg.getElementsByTagName("g");
        for (int k = 0; k < groups.getLength(); k++) {
            ids.add(((Element) groups.item(k)).getAttribute("data-revision"));
        }
        return ids;
    }

    private static int byClass(Document svg, String tag, String cssClass) {
        int count = 0;
        NodeList nodes = svg.getElementsByTagName(tag);
        for (int k = 0; k < nodes.getLength(); k++) {
            if (((Element) nodes.item(k)).getAttribute("class").equals(cssClass)) {
                count++;
            }
        }
        return count;
    }
}
