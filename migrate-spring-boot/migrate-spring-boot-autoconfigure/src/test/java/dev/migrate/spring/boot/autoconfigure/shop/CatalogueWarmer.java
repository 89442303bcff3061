package dev.migrate.spring.boot.autoconfigure.shop;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads the catalogue on the bare DataSource while the context starts: it works only because Spring Boot creates
 * beans marked {@code @DependsOnDatabaseInitialization} after the migration. Only where a test asks for it
 * ({@code shop.warm-catalogue=true}): other tests start the application on databases without books.
 */
@Component
@ConditionalOnProperty("shop.warm-catalogue")
@DependsOnDatabaseInitialization
public class CatalogueWarmer {

    private final int books;

    public CatalogueWarmer(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM books")) {
            rows.next();
            this.books = rows.getInt(1);
        }
    }

    public int books() {
        return books;
    }
}
