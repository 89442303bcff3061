package dev.migrate.cli;

import picocli.CommandLine.Help.Ansi;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** The entry point of {@code bin/migrate} and of {@code java -jar migrate-cli-<version>-all.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Charset charset = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true);
        int code = MigrateCli.run(args, System.getenv(), Path.of("").toAbsolutePath(), out, err, Ansi.AUTO);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
