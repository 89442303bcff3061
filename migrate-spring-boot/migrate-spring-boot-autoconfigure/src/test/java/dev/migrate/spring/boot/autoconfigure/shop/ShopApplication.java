package dev.migrate.spring.boot.autoconfigure.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small application with JPA entities over the revisions in {@code db/shop}. */
@SpringBootApplication
public class ShopApplication {
}
