package dev.migrate.report;

/**
 * Something about the applied revisions that stops upgrade and downgrade until it is dealt with.
 *
 * @param kind     what is wrong
 * @param revision the revision concerned
 * @param location its file, or null when the files no longer have it
 * @param line     the line concerned (the first changed line, the failed statement's line), or null
 * @param message  what happened and what to do, for people; may span several lines
 */
public record IntegrityProblem(Kind kind, String revision, String location, Integer line, String message) {

    /** What is wrong. */
    public enum Kind {
        /** The file of an applied revision changed after it ran. */
        CHECKSUM,
        /** The revision failed part-way, or its run was interrupted: it is partly applied. */
        FAILED;

        /** The word used in reports. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
