package dev.migrate.graph;

import java.util.Set;

/**
 * One revision to run in one direction, with the version-table rows the step replaces: Alembic's model of one row
 * per applied head. An upgrade of a revision removes its parents' rows and adds its own; a downgrade removes its
 * row (if it has one: Alembic folds a dependency into its dependant's row) and gives a row to each parent that
 * becomes a head again and to each dependency that nothing applied implies any more.
 *
 * @param revision     the revision to run
 * @param direction    upgrade or downgrade
 * @param rowsToDelete version rows this step removes
 * @param rowsToInsert version rows this step adds
 */
public record MigrationStep(Revision revision, Direction direction, Set<String> rowsToDelete, Set<String> rowsToInsert) {

    public MigrationStep {
        rowsToDelete = Set.copyOf(rowsToDelete);
        rowsToInsert = Set.copyOf(rowsToInsert);
    }

    public String id() {
        return revision.id();
    }
}
