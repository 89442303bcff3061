package dev.migrate.spring.boot.autoconfigure;

import dev.migrate.MigrationCallback;
import dev.migrate.spring.boot.autoconfigure.plain.PlainApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code MigrationCallback} beans run around the upgrade at start, like Flyway's {@code Callback} beans. */
class CallbackBeansTest {

    @Configuration(proxyBeanMethods = false)
    static class Callbacks {

        static final List<String> CALLS = new CopyOnWriteArrayList<>();

        @Bean
        MigrationCallback recordingCallback() {
            return new MigrationCallback() {
                @Override
                public void beforeUpgrade(Connection connection) {
                    CALLS.add("beforeUpgrade");
                }

                @Override
                public void afterEachUpgrade(Connection connection, String revision) {
                    CALLS.add("afterEachUpgrade " + revision);
                }

                @Override
                public void afterUpgrade(Connection connection) {
                    CALLS.add("afterUpgrade");
                }
            };
        }
    }

    @Test
    void callbackBeansRunAroundTheUpgradeAtStart() {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlainApplication.class,
                Callbacks.class).web(WebApplicationType.NONE).properties(
                "spring.datasource.url=" + TestDatabases.h2("callbacks"), "migrate.locations=classpath:db/shop").run()) {
            assertThat(Callbacks.CALLS).containsExactly("beforeUpgrade", "afterEachUpgrade 5f1c2a9e7b30",
                    "afterEachUpgrade 8d0b6e4c1a27", "afterUpgrade");
        }
    }
}
