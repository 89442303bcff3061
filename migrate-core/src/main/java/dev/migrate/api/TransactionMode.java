package dev.migrate.api;

import java.util.Locale;

/** How upgrades and downgrades use transactions ({@code migrate.transactionMode}). */
public enum TransactionMode {
    /** Each revision in its own transaction (the default): a failure keeps the revisions before it applied. */
    PER_MIGRATION("per-migration"),
    /**
     * The whole run in one transaction: a failure leaves nothing of the run. Needs transactional DDL (PostgreSQL, not
     * H2) and no {@code transaction:false} section in the run.
     */
    ALL("all");

    private final String word;

    TransactionMode(String word) {
        this.word = word;
    }

    /** The setting's value as users write it. */
    public String word() {
        return word;
    }

    /**
     * The mode {@code text} names ({@code per-migration} or {@code all}, in any case).
     *
     * @throws MigrateException (CONFIGURATION) naming {@code migrate.transactionMode} for anything else
     */
    public static TransactionMode parse(String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (TransactionMode mode : values()) {
            if (mode.word.equals(value)) {
                return mode;
            }
        }
        throw new MigrateException(ErrorKind.CONFIGURATION, "migrate.transactionMode = '" + text
                + "' is not a transaction mode; use per-migration (the default: one transaction per revision) or all "
                + "(one transaction for the whole run)");
    }
}
