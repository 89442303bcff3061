package dev.migrate.api;

import dev.migrate.report.HistoryReport;
import dev.migrate.report.StatusReport;
import dev.migrate.testing.H2Memory;
import dev.migrate.testing.MigrationFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Directories of 1,000 and 10,000 revisions (a long chain with a side branch and a merge every 250 revisions),
 * through the goals that read them all. The assertions check the results, not the time; the times are printed
 * (best of three runs; one for the stamp, which writes) so that a change that makes something quadratic shows up in
 * the build log.
 */
class LargeHistoryTest {

    private static final int BLOCK = 250;
    private static final int FORK_AT = 50;
    private static final int SIDE = 40;

    @TempDir
    Path directory;

    private final H2Memory database = new H2Memory("large");

    @AfterEach
    void dropDatabase() throws SQLException {
        database.close();
    }

    /**
     * Blocks of {@value #BLOCK}: a main line, a side branch of {@value #SIDE} labelled {@code sideN} forked off its
     * {@value #FORK_AT}th revision (depending on the previous side branch), and a merge of both. Returns the head.
     */
    private static String write(MigrationFiles files, int size) {
        String tip = "";
        int n = 0;
        while (n < size) {
            String fork = null;
            int mainLength = Math.min(BLOCK - SIDE - 1, size - n);
            for (int i = 0; i < mainLength; i++) {
                String id = id(n++);
                files.add(id, tip, "", "", "Main " + id, "", "");
                tip = id;
                if (i == FORK_AT) {
                    fork = id;
                }
            }
            if (fork == null || n + SIDE + 1 > size) {
                continue;
            }
            String side = fork;
            int block = n / BLOCK;
            for (int i = 0; i < SIDE; i++) {
                String id = id(n++);
                files.add(id, side, i == 0 ? "side" + block : "", i == 0 && block > 0 ? "side" + (block - 1) : "",
                        "Side " + id, "", "");
                side = id;
            }
            String merge = id(n++);
            files.add(merge, tip + ", " + side, "", "", "Merge " + merge, "", "");
            tip = merge;
        }
        return tip;
    }

    private static String id(int n) {
        return String.format(Locale.ROOT, "r%05d", n);
    }

    @ParameterizedTest(name = "{0} revisions")
    @ValueSource(ints = {1_000, 10_000})
    void statusHistoryAndGraphGoalsReadEveryRevision(int size) {
        MigrationFiles files = new MigrationFiles(directory.resolve("migrations"));
        String head = write(files, size);
        Migrator migrator = Migrator.configure().url(database.url()).user("sa").password("")
                .migrationsDirectory(files.directory()).build();
        String middle = id(size / 2);
        migrator.stamp(middle, false);

        StatusReport status = time(size, "status", migrator::status);
        assertThat(status.revisionCount()).isEqualTo(size);
        assertThat(status.current()).extracting(r -> r.revision()).containsExactly(middle);
        assertThat(status.heads()).extracting(r -> r.revision()).containsExactly(head);

        HistoryReport history = time(size, "history", migrator::history);
        assertThat(history.entries()).hasSize(size);
        List<String> text = time(size, "history text", () -> history.toText(true));
        assertThat(text.get(0)).startsWith("* ").contains(" -> " + head + " (head)");
        assertThat(time(size, "history json", history::toJson)).contains("\"lane\": 1");

        HistoryReport range = time(size, "history -100:current", () -> migrator.history("-100:current"));
        assertThat(range.entries()).hasSizeGreaterThan(100);

        assertThat(time(size, "heads", migrator::heads).heads()).hasSize(1);
        assertThat(time(size, "branches", migrator::branches).branchPoints()).hasSize(size / BLOCK);
        assertThat(time(size, "show head", () -> migrator.show("head")).revision().id()).isEqualTo(head);
        assertThat(time(size, "stamp heads (plan and write)", 1, () -> migrator.stamp("heads", false)).headsAfter())
                .containsExactly(head);
    }

    private static <T> T time(int size, String what, Supplier<T> work) {
        return time(size, what, 3, work);
    }

    private static <T> T time(int size, String what, int runs, Supplier<T> work) {
        T result = null;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            result = work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "[large history] %,6d revisions  %-28s %7.1f ms%n", size, what, best / 1e6);
        return result;
    }
}
