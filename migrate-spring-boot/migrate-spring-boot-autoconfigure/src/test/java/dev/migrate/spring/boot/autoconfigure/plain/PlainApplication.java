package dev.migrate.spring.boot.autoconfigure.plain;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application without entities, for the tests that only need a DataSource. */
@SpringBootApplication
public class PlainApplication {
}
