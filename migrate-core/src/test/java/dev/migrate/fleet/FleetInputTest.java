package dev.migrate.fleet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Target lists, shards and failure limits: what is accepted, and the message for what is not. */
class FleetInputTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a, b, A                                | lists a target twice: A (migrate.targets entry 1 and migrate.targets entry 3)",
            "a,,b                                   | migrate.targets: entry 2 is empty",
            "jdbc:postgresql://h/x?user=u&password=secret, jdbc:postgresql://h/x | lists a target twice: jdbc:postgresql://h/x (",
            "postgres://u:secret@h/a, postgres://h/b, postgres://h/c | 1 URL(s) carry credentials and 2 do not: postgres://h/b (migrate.targets entry 2), postgres://h/c (migrate.targets entry 3). Give every URL its user and password",
            "tenant one                             | 'tenant one' is neither a schema name nor a URL",
    })
    void badListsAreRefusedNamingTheEntries(String list, String message) {
        assertThatThrownBy(() -> TargetList.fromList(list, "migrate.targets"))
                .isInstanceOf(FleetException.class).hasMessageContaining(message)
                .hasMessageNotContaining("secret");
    }

    @Test
    void listsTellSchemasFromUrls() {
        List<FleetTarget> targets = TargetList.fromList(" tenant_1, jdbc:h2:mem:x;USER=sa ,postgres://u:pw@h/db",
                "migrate.targets");
        assertThat(targets).extracting(FleetTarget::kind).containsExactly(FleetTarget.Kind.SCHEMA,
                FleetTarget.Kind.URL, FleetTarget.Kind.URL);
        assertThat(targets).extracting(FleetTarget::name).containsExactly("tenant_1", "jdbc:h2:mem:x;USER=sa",
                "postgres://u:****@h/db");
    }

    @Test
    void aTargetsFileSkipsCommentsAndBlankLinesAndNamesLinesInErrors(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("targets.txt"), "# tenants\n\ntenant_a   # the first\ntenant_b\n"
                + "tenant_A\n");
        assertThatThrownBy(() -> TargetList.fromFile(file, "targets.txt")).isInstanceOf(FleetException.class)
                .hasMessageContaining("tenant_A (targets.txt:3 and targets.txt:5)");

        Files.writeString(file, "tenant_a   # the first\n\ntenant_b\n");
        assertThat(TargetList.fromFile(file, "targets.txt")).extracting(FleetTarget::value, FleetTarget::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tenant_a", "targets.txt:1"),
                        org.assertj.core.groups.Tuple.tuple("tenant_b", "targets.txt:3"));

        Files.writeString(file, "# nobody yet\n");
        assertThatThrownBy(() -> TargetList.fromFile(file, "targets.txt"))
                .hasMessageContaining("targets.txt lists no target");
        assertThatThrownBy(() -> TargetList.fromFile(dir.resolve("missing.txt"), "missing.txt"))
                .hasMessageContaining("migrate.targetsFile = missing.txt cannot be read");
    }

    @Test
    void queryRowsMustNotBeBlank() {
        assertThatThrownBy(() -> TargetList.fromValues(java.util.Arrays.asList("a", null), "migrate.targetsQuery"))
                .hasMessageContaining("migrate.targetsQuery: row 2 is null or blank");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "0/3  | is not a shard; use i/n with 1 <= i <= n",
            "4/3  | is not a shard; use i/n with 1 <= i <= n",
            "1-3  | '1-3' is not a shard; use i/n",
            "a/b  | 'a/b' is not a shard",
    })
    void badShardsAreRefused(String text, String message) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOf(FleetException.class).hasMessageContaining(message);
    }

    @Test
    void shardsCoverEveryTargetExactlyOnceWhateverTheOrder() {
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            targets.add(new FleetTarget(FleetTarget.Kind.SCHEMA, "tenant_" + i, "test"));
        }
        for (int n : new int[] {1, 2, 3, 7}) {
            Set<String> seen = new HashSet<>();
            int total = 0;
            for (int i = 1; i <= n; i++) {
                List<FleetTarget> slice = Shard.parse(i + "/" + n).select(targets);
                total += slice.size();
                slice.forEach(t -> seen.add(t.value()));
                assertThat(slice.size()).as("shard " + i + "/" + n + " is roughly even")
                        .isBetween(1000 / n - 1000 / n / 4, 1000 / n + 1000 / n / 4);
                List<FleetTarget> reversed = new ArrayList<>(targets);
                java.util.Collections.reverse(reversed);
                assertThat(Shard.parse(i + "/" + n).select(reversed)).containsExactlyInAnyOrderElementsOf(slice);
            }
            assertThat(total).isEqualTo(1000);
            assertThat(seen).hasSize(1000);
        }
        // Stable across runs and JVMs: the slot is a function of the name alone.
        assertThat(Shard.slot("schema:tenant_1", 3)).isEqualTo(Shard.slot("schema:tenant_1", 3));
        assertThat(Shard.parse(" 2 / 3 ")).isEqualTo(new Shard(2, 3));
        assertThat(Shard.parse(null).isAll()).isTrue();
    }

    @ParameterizedTest(name = "{0} of {1}")
    @CsvSource({"3, 100, 3", "5%, 200, 10", "5%, 10, 0", "100%, 7, 7", "0, 50, 0", ", 50, 0"})
    void failureLimits(String text, int fleet, int allowed) {
        assertThat(FailureLimit.parse(text).allowed(fleet)).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-1 | is neither a count", "ten | is neither a count", "150% | at most 100%"})
    void badFailureLimits(String text, String message) {
        assertThatThrownBy(() -> FailureLimit.parse(text)).isInstanceOf(FleetException.class)
                .hasMessageContaining(message);
    }
}
