package dev.migrate.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "~", textBlock = """
            head,           ~,        head,     0
            heads,          ~,        heads,    0
            base,           ~,        base,     0
            current,        ~,        current,  0
            ae10,           ~,        ae10,     0
            +2,             ~,        ~,        2
            -1,             ~,        ~,        -1
            ae10+2,         ~,        ae10,     2
            ae10-1,         ~,        ae10,     -1
            head-2,         ~,        head,     -2
            accounts@head,  accounts, head,     0
            accounts@base,  accounts, base,     0
            accounts@ac2,   accounts, ac2,      0
            accounts@+1,    accounts, ~,        1
            accounts@-2,    accounts, ~,        -2
            """)
    void parse(String text, String label, String anchor, int relative) {
        assertThat(Target.parse(text)).isEqualTo(new Target(text, label, anchor, relative));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "@head", "accounts@", "a@b@c", "+0", "a+b", "ae10+", "+1234567", "ae-10.sql",
            "accounts@ac2+1"})
    void rejectsWhatIsNotATarget(String text) {
        assertThatThrownBy(() -> Target.parse(text)).isInstanceOf(GraphException.InvalidTarget.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {" head", "head ", "\thead\n"})
    void trimsTheText(String text) {
        assertThat(Target.parse(text)).isEqualTo(new Target("head", null, "head", 0));
    }
}
