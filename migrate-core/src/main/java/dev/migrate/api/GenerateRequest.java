package dev.migrate.api;

/**
 * What {@link Migrator#generate} should write.
 *
 * @param message    what the revision does; becomes the first header line and the file name's slug
 * @param revisionId the id to use instead of a random one (Alembic's {@code --rev-id}), or null
 */
public record GenerateRequest(String message, String revisionId) {

    public static GenerateRequest of(String message) {
        return new GenerateRequest(message, null);
    }

    public GenerateRequest withRevisionId(String id) {
        return new GenerateRequest(message, id);
    }
}
