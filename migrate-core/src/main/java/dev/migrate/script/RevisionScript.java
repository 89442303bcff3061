package dev.migrate.script;

import dev.migrate.graph.Direction;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A parsed revision file: its header and checksum, and its upgrade and downgrade sections.
 *
 * <p>The sections of a file loaded for a read-only goal ({@link ScriptDirectory.Detail#HEADERS}) are split into
 * statements the first time they are asked for, because {@code status}, {@code history} and {@code heads} over
 * thousands of files need only the headers and checksums, and splitting every file is most of what they would
 * otherwise cost in a cold JVM. A file whose statements cannot be split then fails at that first access, with the
 * same {@link ScriptException} that loading it with {@link ScriptDirectory.Detail#FULL} gives.
 */
public final class RevisionScript {

    /** The part of a file that is only known after splitting it. */
    record Body(Section upgrade, Section downgrade, String irreversibleReason) {
    }

    private final String location;
    private final ScriptHeader header;
    private final String checksum;
    private final String text;
    private Supplier<Body> pending;
    private Body body;

    /**
     * A revision whose sections are known.
     *
     * @param location           where the file is, as shown to users (a path relative to the project, or a URL)
     * @param header             the header fields
     * @param upgrade            the upgrade section
     * @param downgrade          the downgrade section, or null when the file has none
     * @param irreversibleReason why the revision cannot be undone, when it says {@code -- migrate:irreversible}; or
     *                           null
     * @param checksum           SHA-256 (hex) of the file with any BOM dropped and line endings folded to {@code \n}
     * @param text               that normalised text, the one the checksum is taken of; the journal keeps it so a
     *                           later edit can be shown line by line
     */
    public RevisionScript(String location, ScriptHeader header, Section upgrade, Section downgrade,
                          String irreversibleReason, String checksum, String text) {
        this(location, header, checksum, text, null, new Body(Objects.requireNonNull(upgrade, "upgrade"), downgrade,
                irreversibleReason));
    }

    private RevisionScript(String location, ScriptHeader header, String checksum, String text, Supplier<Body> pending,
                           Body body) {
        this.location = location;
        this.header = header;
        this.checksum = checksum;
        this.text = text;
        this.pending = pending;
        this.body = body;
    }

    /** A revision whose sections {@code split} works out when they are first asked for. */
    static RevisionScript splitLater(String location, ScriptHeader header, String checksum, String text,
                                     Supplier<Body> split) {
        return new RevisionScript(location, header, checksum, text, split, null);
    }

    public String location() {
        return location;
    }

    public ScriptHeader header() {
        return header;
    }

    /** SHA-256 (hex) of {@link #text()}. */
    public String checksum() {
        return checksum;
    }

    /** The file with any BOM dropped and line endings folded to {@code \n}. */
    public String text() {
        return text;
    }

    public String revision() {
        return header.revision();
    }

    public String message() {
        return header.message();
    }

    /** The upgrade section. */
    public Section upgrade() {
        return body().upgrade();
    }

    /** The downgrade section, or null when the file has none. */
    public Section downgrade() {
        return body().downgrade();
    }

    /** Why the revision cannot be undone, when it says {@code -- migrate:irreversible}; or null. */
    public String irreversibleReason() {
        return body().irreversibleReason();
    }

    /**
     * Splits the statements now if that has not happened yet.
     *
     * @throws ScriptException when they cannot be split, naming the file and line
     */
    public RevisionScript requireStatements() {
        body();
        return this;
    }

    private synchronized Body body() {
        if (body == null) {
            body = pending.get();
            pending = null;
        }
        return body;
    }

    public Optional<Section> downgradeSection() {
        return Optional.ofNullable(downgrade());
    }

    /** The section that runs in {@code direction}: the upgrade, or the downgrade (null when there is none). */
    public Section section(Direction direction) {
        return direction == Direction.UPGRADE ? upgrade() : downgrade();
    }

    /** Whether a downgrade can pass this revision. */
    public boolean isReversible() {
        return downgrade() != null && irreversibleReason() == null;
    }

    /** Why a downgrade cannot pass this revision, for messages; empty when it can. */
    public Optional<String> whyIrreversible() {
        String reason = irreversibleReason();
        if (reason != null) {
            return Optional.of("it is marked '-- migrate:irreversible'" + (reason.isEmpty() ? "" : " (" + reason + ")"));
        }
        if (downgrade() == null) {
            return Optional.of("it has no '-- migrate:downgrade' section");
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "RevisionScript[" + location + ", " + header.revision() + "]";
    }
}
