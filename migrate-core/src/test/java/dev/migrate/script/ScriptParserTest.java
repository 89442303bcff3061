package dev.migrate.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ScriptParserTest {

    private static final String LOCATION = "db/migrations/20261121_1405-3f2a9c1d7b4e_add_users.sql";

    /** A valid header of five lines; the blank line 6 ends it. */
    private static final String HEADER = """
            -- Add users table
            --
            -- Revision ID: 3f2a9c1d7b4e
            -- Revises: dcd397241ba3
            -- Create Date: 2026-11-21 14:05:00

            """;

    private final ScriptParser underTest = new ScriptParser(SplitOptions.POSTGRESQL);

    // ------------------------------------------------------------------------------------------------ valid files

    @Test
    void parsesEveryHeaderFieldAndBothSections() {
        String text = """
                -- Merge the accounts and billing branches
                --
                -- Revision ID: 3f2a9c1d7b4e
                -- Revises: dcd397241ba3, 0a1b2c3d4e5f, ffee01
                -- Create Date: 2026-11-21 14:05:00.123456
                -- Branch Labels: accounts, reporting
                -- Depends On: 9e8d7c6b5a4f, billing@head

                -- migrate:upgrade
                CREATE TABLE users (id int);
                INSERT INTO users VALUES (1);

                -- migrate:downgrade transaction:false
                DROP TABLE users;
                """;

        RevisionScript script = underTest.parseText(LOCATION, text);

        ScriptHeader header = script.header();
        assertThat(script.location()).isEqualTo(LOCATION);
        assertThat(script.revision()).isEqualTo("3f2a9c1d7b4e");
        assertThat(script.message()).isEqualTo("Merge the accounts and billing branches");
        assertThat(header.revises()).containsExactly("dcd397241ba3", "0a1b2c3d4e5f", "ffee01");
        assertThat(header.createDate()).isEqualTo("2026-11-21 14:05:00.123456");
        assertThat(header.branchLabels()).containsExactlyInAnyOrder("accounts", "reporting");
        assertThat(header.dependsOn()).containsExactly("9e8d7c6b5a4f", "billing@head");
        assertThat(header.revisionLine()).isEqualTo(3);
        assertThat(header.revisesLine()).isEqualTo(4);
        assertThat(header.branchLabelsLine()).isEqualTo(6);
        assertThat(header.dependsOnLine()).isEqualTo(7);

        assertThat(script.upgrade().line()).isEqualTo(9);
        assertThat(script.upgrade().transactional()).isTrue();
        assertThat(script.upgrade().statements()).containsExactly(
                new SqlStatement("CREATE TABLE users (id int)", 10, 10),
                new SqlStatement("INSERT INTO users VALUES (1)", 11, 11));
        assertThat(script.downgrade().line()).isEqualTo(13);
        assertThat(script.downgrade().transactional()).isFalse();
        assertThat(script.downgrade().statements()).containsExactly(new SqlStatement("DROP TABLE users", 14, 14));
        assertThat(script.isReversible()).isTrue();
        assertThat(script.whyIrreversible()).isEmpty();
        assertThat(script.irreversibleReason()).isNull();
        assertThat(script.checksum()).isEqualTo(Checksums.sha256(text)).hasSize(64);
    }

    @Test
    void aBaseRevisionHasAnEmptyRevisesLineAndNoOptionalFields() {
        RevisionScript script = underTest.parseText(LOCATION, """
                -- First revision
                -- Revision ID: base01
                -- Revises:
                -- migrate:upgrade
                CREATE TABLE t (a int);
                """);

        ScriptHeader header = script.header();
        assertThat(header.revises()).isEmpty();
        assertThat(header.createDate()).isNull();
        assertThat(header.branchLabels()).isEmpty();
        assertThat(header.dependsOn()).isEmpty();
        assertThat(header.branchLabelsLine()).isZero();
        assertThat(header.dependsOnLine()).isZero();
        assertThat(script.upgrade().line()).isEqualTo(4);
    }

    @Test
    void aCreateDateWithoutFractionalSecondsIsKeptAsWritten() {
        RevisionScript script = underTest.parseText(LOCATION, HEADER + "-- migrate:upgrade\n");

        assertThat(script.header().createDate()).isEqualTo("2026-11-21 14:05:00");
    }

    @Test
    void headerFieldNamesIgnoreCaseAndSpacing() {
        RevisionScript script = underTest.parseText(LOCATION, """
                -- revision id : abc123
                -- REVISES:   dcd397241ba3
                -- BranchLabels: reporting
                -- depends on:
                -- migrate:upgrade
                """);

        assertThat(script.revision()).isEqualTo("abc123");
        assertThat(script.message()).isEmpty();
        assertThat(script.header().revises()).containsExactly("dcd397241ba3");
        assertThat(script.header().branchLabels()).containsExactly("reporting");
        assertThat(script.header().dependsOn()).isEmpty();
    }

    @Test
    void transactionFalseOnTheUpgradeSection() {
        RevisionScript script = underTest.parseText(LOCATION, HEADER + """
                -- migrate:upgrade transaction:false
                CREATE INDEX CONCURRENTLY users_name ON users (name);
                -- migrate:downgrade
                DROP INDEX users_name;
                """);

        assertThat(script.upgrade().transactional()).isFalse();
        assertThat(script.downgrade().transactional()).isTrue();
    }

    @Test
    void irreversibleWithAReason() {
        RevisionScript script = underTest.parseText(LOCATION, HEADER + """
                -- migrate:upgrade
                DROP TABLE audit_log;

                -- migrate:irreversible the audit rows are gone for good
                """);

        assertThat(script.upgrade().statements()).extracting(SqlStatement::sql).containsExactly("DROP TABLE audit_log");
        assertThat(script.downgrade()).isNull();
        assertThat(script.irreversibleReason()).isEqualTo("the audit rows are gone for good");
        assertThat(script.isReversible()).isFalse();
        assertThat(script.whyIrreversible())
                .contains("it is marked '-- migrate:irreversible' (the audit rows are gone for good)");
    }

    @Test
    void irreversibleWithoutAReason() {
        RevisionScript script = underTest.parseText(LOCATION, HEADER + "-- migrate:upgrade\nSELECT 1;\n"
                + "-- migrate:irreversible\n");

        assertThat(script.irreversibleReason()).isEmpty();
        assertThat(script.whyIrreversible()).contains("it is marked '-- migrate:irreversible'");
    }

    @Test
    void withoutADowngradeSectionTheRevisionCannotBeUndone() {
        RevisionScript script = underTest.parseText(LOCATION, HEADER + "-- migrate:upgrade\nSELECT 1;\n");

        assertThat(script.downgradeSection()).isEmpty();
        assertThat(script.isReversible()).isFalse();
        assertThat(script.whyIrreversible()).contains("it has no '-- migrate:downgrade' section");
    }

    @Test
    void anEmptyUpgradeSectionIsAllowed() {
        RevisionScript script = underTest.parseText(LOCATION, HEADER + "-- migrate:upgrade\n\n-- migrate:downgrade\n");

        assertThat(script.upgrade().statements()).isEmpty();
        assertThat(script.downgrade().statements()).isEmpty();
        assertThat(script.isReversible()).isTrue();
    }

    @Test
    void lintIgnoreDirectivesAreAcceptedAnywhere() {
        RevisionScript script = underTest.parseText(LOCATION, HEADER + """
                -- migrate:lint-ignore before-the-sections
                -- migrate:upgrade
                -- migrate:lint-ignore drop-table
                DROP TABLE t;
                """);

        assertThat(script.upgrade().statements()).extracting(SqlStatement::line).containsExactly(10);
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsDoNotChangeTheChecksum() {
        String text = HEADER + "-- migrate:upgrade\nCREATE TABLE t (a int);\n-- migrate:downgrade\nDROP TABLE t;\n";
        byte[] unix = text.getBytes(StandardCharsets.UTF_8);
        byte[] windows = withBom(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        RevisionScript fromUnix = underTest.parse(LOCATION, unix);
        RevisionScript fromWindows = underTest.parse(LOCATION, windows);

        assertThat(fromWindows.checksum()).isEqualTo(fromUnix.checksum()).isEqualTo(Checksums.sha256(text));
        assertThat(fromWindows.header()).isEqualTo(fromUnix.header());
        assertThat(fromWindows.upgrade()).isEqualTo(fromUnix.upgrade());
        assertThat(fromWindows.downgrade()).isEqualTo(fromUnix.downgrade());
    }

    @Test
    void splittingLaterGivesTheSameRevisionAsParsingAtOnce() {
        String text = HEADER + "-- migrate:upgrade transaction:false\nCREATE INDEX CONCURRENTLY i ON t (a);\n"
                + "-- migrate:downgrade\nDROP INDEX i;\n";
        byte[] bytes = withBom(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));

        RevisionScript now = underTest.parse(LOCATION, bytes);
        RevisionScript later = underTest.parseSplittingLater(LOCATION, bytes);

        assertThat(later.header()).isEqualTo(now.header());
        assertThat(later.checksum()).isEqualTo(now.checksum()).isEqualTo(Checksums.sha256(text));
        assertThat(later.text()).isEqualTo(text);
        assertThat(later.upgrade()).isEqualTo(now.upgrade());
        assertThat(later.downgrade()).isEqualTo(now.downgrade());
        assertThat(later.irreversibleReason()).isNull();
        assertThat(later.isReversible()).isTrue();
    }

    @Test
    void splittingLaterReadsTheHeaderOfAFileWhoseStatementsCannotBeSplit() {
        String text = HEADER + "-- migrate:upgrade\nSELECT 1;\nSELECT 'oops;\n";

        RevisionScript script = underTest.parseSplittingLater(LOCATION, text.getBytes(StandardCharsets.UTF_8));

        assertThat(script.revision()).isEqualTo("3f2a9c1d7b4e");
        assertThat(script.header().revises()).containsExactly("dcd397241ba3");
        assertThat(script.checksum()).isEqualTo(Checksums.sha256(text));
        for (int access = 0; access < 2; access++) {
            ScriptException e = catchThrowableOfType(ScriptException.class, script::upgrade);
            assertThat(e).as("access %d", access).isNotNull();
            assertThat(e.getMessage()).startsWith(LOCATION + ":9: unterminated string literal");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void splittingLaterReportsEveryBadFileAsParsingAtOnceDoes(Malformed file) {
        ScriptException atOnce = catchThrowableOfType(ScriptException.class,
                () -> underTest.parse(LOCATION, file.bytes()));
        ScriptException later = catchThrowableOfType(ScriptException.class,
                () -> underTest.parseSplittingLater(LOCATION, file.bytes()).requireStatements());

        assertThat(later).as("error for '%s'", file.name()).isNotNull();
        assertThat(later.getMessage()).isEqualTo(atOnce.getMessage());
        assertThat(later.line()).isEqualTo(atOnce.line());
    }

    /** Dates that the hand-written check of the usual shape and the formatter must judge alike. */
    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"2026-11-21 14:05:00", "2024-02-29 23:59:59", "0001-01-01 00:00:00",
            "2026-11-21 14:05:00.5", "2026-11-21 14:05:00.123456789", "+12026-11-21 14:05:00",
            "2025-02-29 10:00:00", "2026-04-31 10:00:00", "2026-13-01 10:00:00", "2026-00-10 10:00:00",
            "2026-11-00 10:00:00", "2026-11-21 24:00:00", "2026-11-21 14:60:00", "2026-11-21 14:05:60",
            "2026-11-21T14:05:00", "2026-1-21 14:05:00", "2026-11-21 14:05", "2026-11-21 14:05:0x",
            "２０２６-11-21 14:05:00", "2026/11/21 14:05:00", "2026-11-21 14:05:00.", "2026-11-21  14:05:00"})
    void aCreateDateIsJudgedAsTheFormatterJudgesIt(String text) {
        boolean formatterReads;
        try {
            LocalDateTime.parse(text, ScriptParser.CREATE_DATE_FORMAT);
            formatterReads = true;
        } catch (DateTimeParseException e) {
            formatterReads = false;
        }

        assertThat(ScriptParser.isDate(text)).isEqualTo(formatterReads);
    }

    @Test
    void changingOneCharacterChangesTheChecksum() {
        String text = HEADER + "-- migrate:upgrade\nCREATE TABLE t (a int);\n";

        String original = underTest.parseText(LOCATION, text).checksum();
        String edited = underTest.parseText(LOCATION, text.replace("(a int)", "(b int)")).checksum();
        String commentEdited = underTest.parseText(LOCATION, text.replace("Add users", "Add Users")).checksum();

        assertThat(edited).isNotEqualTo(original);
        assertThat(commentEdited).isNotEqualTo(original);
    }

    // ------------------------------------------------------------------------------------------- malformed files

    /**
     * One malformed file.
     *
     * @param name     what is wrong
     * @param bytes    the file
     * @param line     the line the error names, 0 for the whole file
     * @param fragment a part of the message
     */
    record Malformed(String name, byte[] bytes, int line, String fragment) {

        static Malformed of(String name, String text, int line, String fragment) {
            return new Malformed(name, text.getBytes(StandardCharsets.UTF_8), line, fragment);
        }

        /** A file saved as ISO-8859-1 instead of UTF-8. */
        static Malformed latin1(String name, String text, int line, String fragment) {
            return new Malformed(name, text.getBytes(StandardCharsets.ISO_8859_1), line, fragment);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The header with {@code line} (1-based, 1 to 5) replaced; null removes it. */
    private static String header(int line, String replacement) {
        List<String> lines = new ArrayList<>(List.of(HEADER.split("\n", -1)));
        if (replacement == null) {
            lines.remove(line - 1);
        } else {
            lines.set(line - 1, replacement);
        }
        return String.join("\n", lines);
    }

    private static final String UPGRADE = "-- migrate:upgrade\nSELECT 1;\n";

    static Stream<Malformed> malformed() {
        return Stream.of(
                Malformed.of("empty file", "", 0, "the file is empty"),
                Malformed.of("blank file", " \n\n\t\n", 0, "the file is empty"),
                Malformed.of("no header", "CREATE TABLE t (a int);\n", 1, "no '-- Revision ID: <id>' line"),
                Malformed.of("comments but no Revision ID", "-- Add users\n-- Revises:\n" + UPGRADE, 1,
                        "no '-- Revision ID: <id>' line"),
                Malformed.of("Revision ID after the header", "-- Add users\n\n-- Revision ID: a1\n-- Revises:\n"
                        + UPGRADE, 1, "no '-- Revision ID: <id>' line"),
                Malformed.of("no Revises", header(4, null) + UPGRADE, 3, "no '-- Revises:' line"),
                Malformed.of("Revision ID twice", header(5, "-- Revision ID: 3f2a9c1d7b4e") + UPGRADE, 5,
                        "'Revision ID:' appears twice in the header (first at line 3)"),
                Malformed.of("Revises twice, spelt differently", header(5, "-- revises : dcd397241ba3") + UPGRADE, 5,
                        "'Revises:' appears twice in the header (first at line 4)"),
                Malformed.of("empty revision id", header(3, "-- Revision ID:") + UPGRADE, 3,
                        "the revision id is empty"),
                Malformed.of("revision id with a dash", header(3, "-- Revision ID: 3f2a-9c1d") + UPGRADE, 3,
                        "the revision id '3f2a-9c1d' may only use letters, digits and '_'"),
                Malformed.of("revision id with a space", header(3, "-- Revision ID: 3f2a 9c1d") + UPGRADE, 3,
                        "the revision id '3f2a 9c1d' may only use letters, digits and '_'"),
                Malformed.of("revision id with a non-ASCII letter", header(3, "-- Revision ID: rév1") + UPGRADE, 3,
                        "may only use letters, digits and '_'"),
                Malformed.of("reserved revision id head", header(3, "-- Revision ID: head") + UPGRADE, 3,
                        "the revision id 'head' is a reserved word"),
                Malformed.of("reserved revision id base", header(3, "-- Revision ID: base") + UPGRADE, 3,
                        "the revision id 'base' is a reserved word"),
                Malformed.of("revises an illegal id", header(4, "-- Revises: dcd397241ba3, x.y") + UPGRADE, 4,
                        "the revised revision id 'x.y' may only use letters, digits and '_'"),
                Malformed.of("revises a reserved word", header(4, "-- Revises: current") + UPGRADE, 4,
                        "the revised revision id 'current' is a reserved word"),
                Malformed.of("revision id longer than the version column", header(3, "-- Revision ID: " + "r".repeat(129))
                        + UPGRADE, 3, "the revision id 'rrrrrrrrrrrrrrrrrrrr...' is 129 characters long; the version "
                        + "table holds ids of at most 128, so use a shorter one"),
                Malformed.of("revises an id longer than the version column", header(4, "-- Revises: "
                        + "p".repeat(200)) + UPGRADE, 4, "the revised revision id 'pppppppppppppppppppp...' is 200 "
                        + "characters long"),
                Malformed.of("revises itself", header(4, "-- Revises: dcd397241ba3, 3f2a9c1d7b4e") + UPGRADE, 4,
                        "revision 3f2a9c1d7b4e revises itself"),
                Malformed.of("revises a revision twice", header(4, "-- Revises: a1, b2, a1") + UPGRADE, 4,
                        "'Revises:' lists a revision twice"),
                Malformed.of("create date that is no date", header(5, "-- Create Date: yesterday") + UPGRADE, 5,
                        "'Create Date: yesterday' is not a date; write it as yyyy-MM-dd HH:mm:ss"),
                Malformed.of("create date without a time", header(5, "-- Create Date: 2026-11-21") + UPGRADE, 5,
                        "is not a date"),
                Malformed.of("create date in ISO form", header(5, "-- Create Date: 2026-11-21T14:05:00") + UPGRADE,
                        5, "is not a date"),
                Malformed.of("create date in month 13", header(5, "-- Create Date: 2026-13-01 10:00:00") + UPGRADE, 5,
                        "is not a date"),
                Malformed.of("create date on 30 February", header(5, "-- Create Date: 2026-02-30 10:00:00") + UPGRADE,
                        5, "'Create Date: 2026-02-30 10:00:00' is not a date"),
                Malformed.of("depends on label@tail", HEADER.replace("\n\n", "\n-- Depends On: billing@tail\n\n")
                        + UPGRADE, 6, "'billing@tail' in 'Depends On:' is not a revision id, branch label or "
                        + "<label>@head"),
                Malformed.of("depends on an id with a dash", HEADER.replace("\n\n", "\n-- Depends On: a1, b-2\n\n")
                        + UPGRADE, 6, "'b-2' in 'Depends On:' is not a revision id"),
                Malformed.of("branch label listed twice",
                        HEADER.replace("\n\n", "\n-- Branch Labels: billing, reports, billing\n\n") + UPGRADE, 6,
                        "branch label 'billing' is listed twice"),
                Malformed.of("branch label with a dash", HEADER.replace("\n\n", "\n-- Branch Labels: my-branch\n\n")
                        + UPGRADE, 6, "the branch label 'my-branch' may only use letters, digits and '_'"),
                Malformed.of("reserved branch label", HEADER.replace("\n\n", "\n-- Branch Labels: heads\n\n")
                        + UPGRADE, 6, "the branch label 'heads' is a reserved word"),
                Malformed.of("SQL before the upgrade section", HEADER + "SELECT 0;\n" + UPGRADE, 7,
                        "SQL before the first '-- migrate:upgrade' line"),
                Malformed.of("SQL and no section at all", HEADER + "\nCREATE TABLE t (a int);\n", 8,
                        "SQL before the first '-- migrate:upgrade' line"),
                Malformed.of("header only", HEADER, 0, "no '-- migrate:upgrade' line"),
                Malformed.of("only a downgrade section", HEADER + "-- migrate:downgrade\nDROP TABLE t;\n", 0,
                        "no '-- migrate:upgrade' line"),
                Malformed.of("two upgrade sections", HEADER + UPGRADE + UPGRADE, 9,
                        "a second '-- migrate:upgrade' section"),
                Malformed.of("two downgrade sections", HEADER + UPGRADE + "-- migrate:downgrade\nSELECT 2;\n"
                        + "-- migrate:downgrade\n", 11, "a second '-- migrate:downgrade' section"),
                Malformed.of("upgrade again after irreversible", HEADER + UPGRADE + "-- migrate:irreversible\n"
                        + UPGRADE, 10, "a second '-- migrate:upgrade' section"),
                Malformed.of("misspelt directive", HEADER + "-- migrate:upgarde\nSELECT 1;\n", 7,
                        "unknown directive '-- migrate:upgarde'; known: -- migrate:upgrade"),
                Malformed.of("misspelt directive after a statement without ;", HEADER + UPGRADE
                        + "SELECT 2\n-- migrate:downgarde\nDROP TABLE t;\n", 10, "unknown directive '-- migrate:downgarde'"),
                Malformed.of("irreversible after a statement without ;", HEADER + UPGRADE
                        + "SELECT 2\n-- migrate:irreversible\nDROP TABLE t;\n", 11, "SQL after '-- migrate:irreversible'"),
                Malformed.of("directive without a name", HEADER + UPGRADE + "-- migrate:\n", 9,
                        "unknown directive '-- migrate:'"),
                Malformed.of("unknown option on upgrade", HEADER + "-- migrate:upgrade transaction:no\n", 7,
                        "unknown option 'transaction:no' on '-- migrate:upgrade'; known: transaction:false"),
                Malformed.of("unknown option on downgrade", HEADER + UPGRADE + "-- migrate:downgrade notransaction\n",
                        9, "unknown option 'notransaction' on '-- migrate:downgrade'"),
                Malformed.of("irreversible, then a downgrade section", HEADER + UPGRADE + "-- migrate:irreversible\n"
                        + "-- migrate:downgrade\n", 10, "'-- migrate:downgrade' in a revision marked "
                        + "'-- migrate:irreversible' at line 9; keep one of them"),
                Malformed.of("a downgrade section, then irreversible", HEADER + UPGRADE + "-- migrate:downgrade\n"
                        + "SELECT 2;\n-- migrate:irreversible\n", 11, "'-- migrate:irreversible' in a revision that "
                        + "has a '-- migrate:downgrade' section; keep one of them"),
                Malformed.of("an empty downgrade section, then irreversible", HEADER + UPGRADE
                        + "-- migrate:downgrade\n-- migrate:irreversible\n", 10, "has a '-- migrate:downgrade' section"),
                Malformed.of("SQL after irreversible", HEADER + UPGRADE + "-- migrate:irreversible why\n\nDROP TABLE t;\n",
                        11, "SQL after '-- migrate:irreversible' (line 9)"),
                Malformed.of("irreversible before upgrade", HEADER + "-- migrate:irreversible\n" + UPGRADE, 7,
                        "'-- migrate:irreversible' before '-- migrate:upgrade'"),
                Malformed.of("irreversible twice", HEADER + UPGRADE + "-- migrate:irreversible one\n"
                        + "-- migrate:irreversible two\n", 10, "a second '-- migrate:irreversible' (first at line 9)"),
                Malformed.of("unterminated quote in the upgrade section", HEADER + UPGRADE
                        + "INSERT INTO t VALUES (1);\nINSERT INTO t\n  VALUES ('it's');\n", 11,
                        "unterminated string literal (') starting at line 11; close it"),
                Malformed.of("unterminated quote in the downgrade section", HEADER + UPGRADE + "-- migrate:downgrade\n"
                        + "DELETE FROM t WHERE a = 'x\n-- migrate:upgrade\n", 10, "unterminated string literal"),
                Malformed.of("unterminated identifier", HEADER + UPGRADE + "SELECT \"a;\n", 9,
                        "unterminated quoted identifier (\")"),
                Malformed.of("unterminated dollar quote", HEADER + UPGRADE + "DO $$\nBEGIN NULL; END\n", 9,
                        "unterminated dollar-quoted body $$"),
                Malformed.of("unterminated block comment", HEADER + UPGRADE + "/* SELECT 2;\n", 9,
                        "unterminated block comment (/*)"),
                Malformed.latin1("ISO-8859-1 byte in the upgrade section", HEADER + UPGRADE
                        + "INSERT INTO t VALUES ('café');\n", 9, "the file is not valid UTF-8 (byte 0xE9 at offset"),
                Malformed.latin1("ISO-8859-1 byte in the message", "-- Créer la table\n-- Revision ID: a1\n", 1,
                        "not valid UTF-8 (byte 0xE9 at offset 5)"),
                new Malformed("UTF-8 sequence cut at the end of the file",
                        concat((HEADER + UPGRADE + "-- caf").getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3}),
                        9, "not valid UTF-8 (byte 0xC3 at offset"),
                new Malformed("invalid byte after a BOM and Windows line endings",
                        withBom(concat("-- a\r\n-- Revision ID: a1\r\n-- Revises:\r\n-- x".getBytes(StandardCharsets.UTF_8),
                                new byte[]{(byte) 0xFF})), 4, "not valid UTF-8 (byte 0xFF at offset"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsWithTheFileTheLineAndTheReason(Malformed file) {
        ScriptException e = catchThrowableOfType(ScriptException.class, () -> underTest.parse(LOCATION, file.bytes()));

        assertThat(e).as("error for '%s'", file.name()).isNotNull();
        assertThat(e.location()).isEqualTo(LOCATION);
        assertThat(e.line()).as("line of '%s': %s", file.name(), e.getMessage()).isEqualTo(file.line());
        String where = file.line() > 0 ? LOCATION + ":" + file.line() + ": " : LOCATION + ": ";
        assertThat(e.getMessage()).startsWith(where).contains(file.fragment());
        assertThat(e.reason()).isEqualTo(e.getMessage().substring(where.length()));
    }

    private static byte[] withBom(byte[] bytes) {
        return concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }
}
