package dev.migrate.spring.boot.autoconfigure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTest {

    @ParameterizedTest
    @CsvSource({
            "PT0S, 0 ms",
            "PT0.25S, 250 ms",
            "PT1.5S, 1.5 s",
            "PT45S, 45 s",
            "PT1M, 1 min",
            "PT1M57S, 1 min 57 s",
            "PT2H, 120 min",
            "PT-5S, -5 s"})
    void durationsAreWrittenAsPeopleReadThem(String iso, String shown) {
        assertThat(Durations.describe(Duration.parse(iso))).isEqualTo(shown);
    }
}
