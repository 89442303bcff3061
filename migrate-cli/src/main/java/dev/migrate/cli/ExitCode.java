package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;
import dev.migrate.connect.ConnectionException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes of {@code migrate}, as {@code --help} lists them and scripts branch on them. */
final class ExitCode {

    /** The command did what it was asked. */
    static final int OK = 0;
    /** The command failed: a migration, the connection, the files, the lock, ... (the message says which). */
    static final int FAILURE = 1;
    /** The command line or the configuration is wrong: unknown option, missing argument, bad setting value. */
    static final int USAGE = 2;
    /** A gate said no: revisions are pending, check failed, several heads, problems that stop upgrades. */
    static final int GATE = 3;

    private ExitCode() {
    }

    /** The exit code of a failure migrate reported. */
    static int of(MigrateException e) {
        return e.kind() == ErrorKind.CONFIGURATION ? USAGE : FAILURE;
    }

    /** The exit code of connection settings that are wrong, or of a database that cannot be reached. */
    static int of(ConnectionException e) {
        return e.problem() == ConnectionException.Problem.CONFIGURATION ? USAGE : FAILURE;
    }

    /** What {@code --help} shows under "Exit codes". */
    static Map<String, String> descriptions() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put(OK + "", "done");
        codes.put(FAILURE + "", "failed (a migration, the connection, the files, the lock: see the message)");
        codes.put(USAGE + "", "usage: wrong option or argument, or a bad setting");
        codes.put(GATE + "", "a gate failed: pending revisions (--fail-on-pending), check failed, several heads "
                + "(--fail-on-multiple-heads), failed or changed revisions (status)");
        return codes;
    }
}
