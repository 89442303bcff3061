package dev.migrate.examples.bookshop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bookshop. Nothing here mentions migrate: the starter upgrades the database before JPA starts (which validates
 * the entities against the migrated tables), and a failed revision stops the start before the port opens.
 */
@SpringBootApplication
public class BookshopApplication {

    public static void main(String[] args) {
        SpringApplication.run(BookshopApplication.class, args);
    }
}
