package dev.migrate.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckReportTest {

    private final CheckReport underTest = new CheckReport("jdbc:postgresql://db/app?password=****", List.of(
            CheckResult.passed("graph", "12 revisions, one head", List.of(), 3),
            CheckResult.failed("model", "the migrations do not produce the schema files: 1 difference",
                    List.of("ALTER TABLE orders ADD COLUMN note text;", "a <tag> & \"quotes\""), 1250),
            CheckResult.skipped("checksums", "no database configured beyond the embedded default")));

    @Test
    void textHasALinePerCheckAndTheDetailsOfFailures() {
        assertThat(underTest.toText()).containsExactly(
                "graph      passed  12 revisions, one head",
                "model      failed  the migrations do not produce the schema files: 1 difference",
                "             ALTER TABLE orders ADD COLUMN note text;",
                "             a <tag> & \"quotes\"",
                "checksums  skipped no database configured beyond the embedded default",
                "1 check(s) failed (2 run, 1 skipped).");
        assertThat(underTest.passed()).isFalse();
    }

    @Test
    void jsonCarriesEveryCheck() {
        assertThat(underTest.toJson()).startsWith("{\n  \"formatVersion\": 1,\n").contains("\"passed\": false").contains("\"name\": \"model\"")
                .contains("\"outcome\": \"skipped\"").contains("\"durationMillis\": 1250");
    }

    @Test
    void junitXmlIsWellFormedWithOneCasePerCheck() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(underTest.toJUnitXml().getBytes(StandardCharsets.UTF_8)));

        Element suite = document.getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("3");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
        NodeList failures = document.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(1);
        assertThat(((Element) failures.item(0)).getAttribute("message")).startsWith("the migrations do not produce");
        assertThat(failures.item(0).getTextContent()).contains("a <tag> & \"quotes\"");
    }

    /** The whole document, as CI servers read it (golden). */
    @Test
    void junitXmlGolden() {
        CheckReport report = new CheckReport("jdbc:h2:mem:x", List.of(
                CheckResult.passed("graph", "2 revisions, one head", List.of(), 3),
                CheckResult.failed("lint", "1 finding \u0007 <bell>", List.of("a.sql:9: DROP TABLE t; -- data & \"loss\""),
                        1250),
                CheckResult.skipped("drift", "no database")));

        assertThat(report.toJUnitXml()).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="migrate.check" tests="3" failures="1" errors="0" skipped="1" time="1.253">
                  <testcase classname="migrate.check" name="graph" time="0.003"></testcase>
                  <testcase classname="migrate.check" name="lint" time="1.250">
                    <failure message="1 finding   &lt;bell&gt;" type="migrate.check.lint">a.sql:9: DROP TABLE t; -- data &amp; "loss"</failure>
                  </testcase>
                  <testcase classname="migrate.check" name="drift" time="0.000">
                    <skipped message="no database"/>
                  </testcase>
                </testsuite>
                """);
    }
}
