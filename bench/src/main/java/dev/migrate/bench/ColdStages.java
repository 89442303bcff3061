package dev.migrate.bench;

import dev.migrate.dialect.postgres.PostgresDialect;
import dev.migrate.script.Checksums;
import dev.migrate.script.DirectorySource;
import dev.migrate.script.ScriptDirectory;
import dev.migrate.script.ScriptParser;
import dev.migrate.script.ScriptSource;
import dev.migrate.script.ScriptText;
import dev.migrate.script.SqlSplitter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What reading revision files costs in a cold JVM, where {@code status} runs: each invocation does the work up to
 * one stage, once, and prints how long that took. Run each stage in fresh JVMs; the difference between two stages
 * is what the later one adds, class loading and interpretation included (which warm micro-benchmarks hide, and
 * which sampling profilers do not see).
 *
 * <p>Stages: {@code read} (list and read the files), {@code decode} (+ strict UTF-8 decoding), {@code split}
 * (+ statement splitting), {@code checksum} (+ SHA-256 of each text, without splitting), {@code parse}
 * (read + {@link ScriptParser#parse}: decode, header, split, checksum), {@code load} ({@link ScriptDirectory#load}:
 * all of it and the graph), {@code headers} (the same with {@link ScriptDirectory.Detail#HEADERS}, as
 * {@code status} and {@code history} load: no statement splitting).
 *
 * <p>Usage: {@code ColdStages DIR STAGE}; prints {@code cold STAGE MS FILES}.
 */
public final class ColdStages {

    private ColdStages() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String stage = args[1];
        long start = System.nanoTime();
        int files;
        if (stage.equals("load") || stage.equals("headers")) {
            ScriptDirectory.Detail detail = stage.equals("load") ? ScriptDirectory.Detail.FULL
                    : ScriptDirectory.Detail.HEADERS;
            files = ScriptDirectory.load(List.of(new DirectorySource(dir)), PostgresDialect.SPLITTING,
                    ColdStages.class.getClassLoader(), detail).scripts().size();
        } else {
            List<ScriptSource.Resource> resources = new DirectorySource(dir).list();
            List<byte[]> contents = new ArrayList<>(resources.size());
            for (ScriptSource.Resource resource : resources) {
                contents.add(resource.read());
            }
            files = resources.size();
            SqlSplitter splitter = new SqlSplitter(PostgresDialect.SPLITTING);
            ScriptParser parser = new ScriptParser(PostgresDialect.SPLITTING);
            for (int k = 0; k < files; k++) {
                String location = resources.get(k).location();
                switch (stage) {
                    case "read" -> {
                        // Reading is all.
                    }
                    case "decode" -> ScriptText.decode(location, contents.get(k));
                    case "split" -> splitter.split(ScriptText.decode(location, contents.get(k)));
                    case "checksum" -> Checksums.sha256(ScriptText.decode(location, contents.get(k)));
                    case "parse" -> parser.parse(location, contents.get(k));
                    default -> throw new IllegalArgumentException("unknown stage " + stage);
                }
            }
        }
        System.out.printf("cold\t%s\t%d\t%d%n", stage, (System.nanoTime() - start) / 1_000_000, files);
    }
}
