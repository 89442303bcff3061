package dev.migrate.script;

import dev.migrate.graph.Direction;

import java.util.Optional;

/**
 * A parsed revision file.
 *
 * @param location           where the file is, as shown to users (a path relative to the project, or a URL)
 * @param header             the header fields
 * @param upgrade            the upgrade section
 * @param downgrade          the downgrade section, or null when the file has none
 * @param irreversibleReason why the revision cannot be undone, when it says {@code -- migrate:irreversible}; or null
 * @param checksum           SHA-256 (hex) of the file with any BOM dropped and line endings folded to {@code \n}
 * @param text               that normalised text, the one the checksum is taken of; the journal keeps it so a later
 *                           edit can be shown line by line
 */
public record RevisionScript(String location, ScriptHeader header, Section upgrade, Section downgrade,
                             String irreversibleReason, String checksum, String text) {

    public String revision() {
        return header.revision();
    }

    public String message() {
        return header.message();
    }

    public Optional<Section> downgradeSection() {
        return Optional.ofNullable(downgrade);
    }

    /** The section that runs in {@code direction}: the upgrade, or the downgrade (null when there is none). */
    public Section section(Direction direction) {
        return direction == Direction.UPGRADE ? upgrade : downgrade;
    }

    /** Whether a downgrade can pass this revision. */
    public boolean isReversible() {
        return downgrade != null && irreversibleReason == null;
    }

    /** Why a downgrade cannot pass this revision, for messages; empty when it can. */
    public Optional<String> whyIrreversible() {
        if (irreversibleReason != null) {
            return Optional.of("it is marked '-- migrate:irreversible'"
                    + (irreversibleReason.isEmpty() ? "" : " (" + irreversibleReason + ")"));
        }
        if (downgrade == null) {
            return Optional.of("it has no '-- migrate:downgrade' section");
        }
        return Optional.empty();
    }
}
