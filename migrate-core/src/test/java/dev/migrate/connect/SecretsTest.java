package dev.migrate.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgres://app:s3cret@db/shop                               | postgres://app:****@db/shop
            jdbc:postgresql://db/shop?user=app&password=s3cret&ssl=true | jdbc:postgresql://db/shop?user=app&password=****&ssl=true
            jdbc:postgresql://db/shop?password=s3cret                   | jdbc:postgresql://db/shop?password=****
            jdbc:postgresql://db/shop?sslpassword=s3cret                | jdbc:postgresql://db/shop?sslpassword=****
            jdbc:h2:file:./db;PASSWORD=s3cret;MODE=PostgreSQL           | jdbc:h2:file:./db;PASSWORD=****;MODE=PostgreSQL
            jdbc:h2:file:./db;CIPHER=AES;FILE_PASSWORD=s3cret           | jdbc:h2:file:./db;CIPHER=AES;FILE_PASSWORD=****
            jdbc:x://db/shop?apiToken=s3cret&pwd=s3cret                 | jdbc:x://db/shop?apiToken=****&pwd=****
            jdbc:postgresql://db/shop?user=app                          | jdbc:postgresql://db/shop?user=app
            """)
    void masksPasswordsInUrls(String url, String masked) {
        assertThat(Secrets.maskUrl(url)).isEqualTo(masked);
    }

    @Test
    void scrubsAKnownSecretFromFreeText() {
        assertThat(Secrets.scrub("login failed for app with Tr0ub4dor&3 at postgres://app:Tr0ub4dor&3@db/x", "Tr0ub4dor&3"))
                .isEqualTo("login failed for app with **** at postgres://app:****@db/x");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            cannot connect to jdbc:postgresql://h/db?password=s3cret: the server is not reachable; is it running | cannot connect to jdbc:postgresql://h/db?password=****: the server is not reachable; is it running
            cannot connect to jdbc:postgresql://h/db?password=****: the server is not reachable; is it running   | cannot connect to jdbc:postgresql://h/db?password=****: the server is not reachable; is it running
            opened jdbc:h2:tcp://h/db;PASSWORD=s3cret;MODE=MySQL and more                                       | opened jdbc:h2:tcp://h/db;PASSWORD=****;MODE=MySQL and more
            url jdbc:x://h/db?token=a.b.c, then more                                                            | url jdbc:x://h/db?token=****, then more
            (see jdbc:x://h/db?pwd=s3cret) and more                                                             | (see jdbc:x://h/db?pwd=****) and more
            """)
    void masksOnlyTheSecretOfAUrlInFreeText(String text, String scrubbed) {
        assertThat(Secrets.scrub(text, null)).isEqualTo(scrubbed);
    }

    @Test
    void leavesVeryShortSecretsToUrlMaskingOnly() {
        assertThat(Secrets.scrub("postgres://app:pw@db/x has pw", "pw")).isEqualTo("postgres://app:****@db/x has pw");
    }
}
