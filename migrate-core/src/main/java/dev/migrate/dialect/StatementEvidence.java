package dev.migrate.dialect;

/**
 * What the catalog shows about the effect of one statement whose outcome migrate does not know (a statement that
 * was running when a run stopped, or one that failed outside a transaction): for the user who decides whether it took
 * effect. Only what was read from the catalog; the decision stays the user's.
 *
 * @param observation what the catalog shows, e.g. {@code index orders_total_idx exists and is valid}
 * @param tookEffect  whether that means the statement took effect: true, false, or null when the catalog shows
 *                    something in between (an INVALID index left by a {@code CONCURRENTLY} build that did not finish)
 * @param cleanup     a statement that removes what a statement that did not finish left behind, or null
 */
public record StatementEvidence(String observation, Boolean tookEffect, String cleanup) {

    /** The statement took effect, as far as the catalog shows. */
    public static StatementEvidence tookEffect(String observation) {
        return new StatementEvidence(observation, true, null);
    }

    /** The statement did not take effect, as far as the catalog shows. */
    public static StatementEvidence noEffect(String observation) {
        return new StatementEvidence(observation, false, null);
    }

    /** The statement left something half-done behind, which {@code cleanup} removes. */
    public static StatementEvidence leftover(String observation, String cleanup) {
        return new StatementEvidence(observation, null, cleanup);
    }
}
