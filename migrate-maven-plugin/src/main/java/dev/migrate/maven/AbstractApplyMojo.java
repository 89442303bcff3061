package dev.migrate.maven;

import dev.migrate.api.Migrator;
import dev.migrate.api.TransactionMode;
import org.apache.maven.plugins.annotations.Parameter;

/** What upgrade and downgrade share: how they use transactions, and resuming a revision that failed part-way. */
public abstract class AbstractApplyMojo extends AbstractMigrateMojo {

    /**
     * How revisions use transactions: {@code per-migration} (the default) runs each revision in its own transaction,
     * so a failure keeps the revisions before it; {@code all} runs the whole goal in one transaction, so a failure
     * leaves nothing of it. {@code all} needs transactional DDL (PostgreSQL, not H2) and refuses revisions with a
     * {@code transaction:false} section.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.transactionMode", defaultValue = "per-migration")
    protected String transactionMode;

    /**
     * Continues a revision that failed part-way (on H2, or in a {@code transaction:false} section) after the
     * statements that completed, instead of refusing to run. The completed statements must be unchanged in the file;
     * fix the failing one and run again with this set. The alternative is to undo the completed statements by hand
     * and run {@code migrate:repair}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "migrate.resume", defaultValue = "false")
    protected boolean resume;

    @Override
    protected void configure(Migrator.Builder builder) {
        builder.transactionMode(TransactionMode.parse(transactionMode)).resume(resume);
    }
}
