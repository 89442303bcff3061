package dev.migrate.schema.diff;

import dev.migrate.schema.model.QualifiedName;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class RenameHintsTest {

    private static final UnaryOperator<String> LOWER = written -> written.startsWith("\"")
            ? written.substring(1, written.length() - 1) : written.toLowerCase(Locale.ROOT);
    private static final UnaryOperator<String> UPPER = written -> written.startsWith("\"")
            ? written.substring(1, written.length() - 1) : written.toUpperCase(Locale.ROOT);

    @Test
    void readsTableAndColumnHintsFromTheirLines() {
        RenameHints hints = RenameHints.parse("""
                CREATE TABLE accounts ( -- migrate:renamed-from users
                    id BIGINT PRIMARY KEY,
                    email VARCHAR(255) NOT NULL, -- migrate:renamed-from mail
                    "Display Name" TEXT -- migrate:renamed-from "Name"
                );
                CREATE TABLE IF NOT EXISTS billing.invoices (
                    total_cents BIGINT -- migrate:RENAMED-FROM total
                );
                """, LOWER, "public");

        QualifiedName accounts = QualifiedName.of("public", "accounts");
        assertThat(hints.tables()).isEqualTo(Map.of(accounts, "users"));
        assertThat(hints.columns()).isEqualTo(Map.of(
                new RenameHints.ColumnName(accounts, "email"), "mail",
                new RenameHints.ColumnName(accounts, "Display Name"), "Name",
                new RenameHints.ColumnName(QualifiedName.of("billing", "invoices"), "total_cents"), "total"));
    }

    @Test
    void foldsNamesTheWayTheDatabaseDoes() {
        RenameHints hints = RenameHints.parse("create table Accounts ( -- migrate:renamed-from Users\n)", UPPER, "PUBLIC");

        assertThat(hints.tables()).isEqualTo(Map.of(QualifiedName.of("PUBLIC", "ACCOUNTS"), "USERS"));
    }

    @Test
    void noHintsNoRenames() {
        assertThat(RenameHints.parse("CREATE TABLE t (id INT); -- a comment", LOWER, "public").isEmpty()).isTrue();
    }
}
