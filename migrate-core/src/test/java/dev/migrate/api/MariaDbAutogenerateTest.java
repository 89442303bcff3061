package dev.migrate.api;

import dev.migrate.testing.MariaDbDatabase;
import dev.migrate.testing.MariaDbExtension;
import dev.migrate.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The autogenerate suite on MariaDB, plus what only MariaDB has; every test leaves no shadow database behind. */
@ExtendWith(MariaDbExtension.class)
class MariaDbAutogenerateTest extends AutogenerateContract {

    private MariaDbDatabase database;
    private Set<String> shadowsBefore;

    @BeforeEach
    void emptyDatabase(MariaDbDatabase database) throws SQLException {
        this.database = database;
        database.reset();
        shadowsBefore = shadows();
    }

    @AfterEach
    void noShadowIsLeftBehind() throws SQLException {
        Set<String> left = shadows();
        left.removeAll(shadowsBefore);
        assertThat(left).as("shadow databases this test left behind").isEmpty();
    }

    private Set<String> shadows() throws SQLException {
        Set<String> names = new HashSet<>(database.databases());
        names.removeIf(name -> !name.startsWith("migrate_shadow_"));
        return names;
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Test
    void mariaDbColumnsKeysAndIndexesAreGeneratedAndVerified() throws Exception {
        schema("""
                CREATE TABLE customers (
                    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    email VARCHAR(100) CHARACTER SET latin1 NOT NULL COMMENT 'login',
                    status ENUM('new', 'active', 'gone') NOT NULL DEFAULT 'new',
                    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                    doubled INT AS (id * 2) VIRTUAL,
                    UNIQUE KEY customers_email (email),
                    KEY customers_email_prefix (email(10) DESC),
                    FULLTEXT KEY customers_email_text (email)
                ) COMMENT = 'who buys';
                CREATE TABLE orders (
                    id BIGINT NOT NULL PRIMARY KEY,
                    customer_id INT UNSIGNED NOT NULL,
                    total DECIMAL(10,2) UNSIGNED ZEROFILL,
                    CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
                    CONSTRAINT orders_total_positive CHECK (total > 0)
                );
                """);

        GeneratedRevision revision = generate("Shop");

        assertThat(revision.verified()).as(listener.warnings.toString()).isTrue();
        assertThat(Files.readString(revision.file())).contains("AUTO_INCREMENT").contains("ON UPDATE")
                .contains("CREATE FULLTEXT INDEX customers_email_text").contains("`email`(10) DESC")
                .contains("KEY orders_customer (customer_id)").doesNotContain("drops table .");
        migrator().upgrade();
        assertThat(database.query("SELECT column_type FROM information_schema.columns WHERE table_schema = DATABASE() "
                + "AND column_name = 'total'")).containsExactly(List.of("decimal(10,2) unsigned zerofill"));

        schema("""
                CREATE TABLE customers (
                    id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
                    email VARCHAR(200) CHARACTER SET latin1 COMMENT 'login name',
                    status ENUM('new', 'active', 'gone') NOT NULL DEFAULT 'active',
                    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
                    doubled INT AS (id * 2) VIRTUAL,
                    UNIQUE KEY customers_email (email),
                    KEY customers_email_prefix (email(10) DESC),
                    FULLTEXT KEY customers_email_text (email)
                ) COMMENT = 'who buys';
                CREATE TABLE orders (
                    id BIGINT NOT NULL PRIMARY KEY,
                    customer_id INT UNSIGNED NOT NULL,
                    total DECIMAL(10,2) UNSIGNED ZEROFILL,
                    CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE,
                    CONSTRAINT orders_total_positive CHECK (total > 0)
                );
                """);
        GeneratedRevision changed = generate("Longer emails");
        assertThat(Files.readString(changed.file())).contains("MODIFY COLUMN email varchar(200) CHARACTER SET latin1")
                .contains("ALTER COLUMN status SET DEFAULT 'active'");
        assertThat(changed.verified()).as(listener.warnings.toString()).isTrue();
        migrator().upgrade();
        migrator().downgrade("-1");
        assertThat(database.query("SELECT column_type, is_nullable FROM information_schema.columns "
                + "WHERE table_schema = DATABASE() AND column_name = 'email'"))
                .containsExactly(List.of("varchar(100)", "NO"));
    }

    @Test
    void aConfiguredSchemaIsRefusedBeforeAnyShadowIsMade() throws Exception {
        schema("CREATE TABLE t (id INTEGER);");

        assertThatThrownBy(() -> Migrator.configure().url(url()).user(user()).password(password())
                .migrationsDirectory(files.directory()).schemaFiles(List.of(schemaFile)).schema("shop")
                .listener(listener).build().generate(GenerateRequest.of("T").autogenerated()))
                .isInstanceOf(MigrateException.class)
                .hasMessageContaining("cannot run with migrate.schema = shop on MariaDB: a schema is a database");
    }
}
