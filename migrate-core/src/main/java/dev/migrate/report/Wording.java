package dev.migrate.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to say "run this goal with this setting" to the user of a front end: the Maven plugin's
 * {@code mvn migrate:repair -Dmigrate.repairReason=...}, the command line's {@code migrate repair --reason ...}. The
 * core writes its advice the Maven way; {@link #say} rewords a whole message for the front end that runs it, so that
 * every message, old and new, follows.
 */
public interface Wording {

    /** The Maven plugin's words, which the core's messages are written in. */
    Wording MAVEN = new Wording() {
        @Override
        public String goal(String name) {
            return "migrate:" + name;
        }

        @Override
        public String setting(String key, String value) {
            return "-Dmigrate." + key + "=" + value;
        }

        @Override
        public String say(String text) {
            return text;
        }
    };

    /**
     * A goal ({@code repair}, {@code generate}, ...) as this front end runs it, without any launcher in front
     * ({@code migrate:repair}, {@code migrate repair}).
     */
    String goal(String name);

    /**
     * A setting given for one run ({@code resume}, {@code true}) as this front end takes it
     * ({@code -Dmigrate.resume=true}, {@code --resume true}).
     */
    String setting(String key, String value);

    /**
     * {@code text}, written the Maven way, in this front end's words: {@code mvn migrate:<goal>} and
     * {@code migrate:<goal>} become {@link #goal}, {@code -Dmigrate.<key>=<value>} becomes {@link #setting}. The
     * directives of revision files ({@code -- migrate:upgrade}, {@code -- migrate:lint-ignore}) stay as they are.
     */
    default String say(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = Phrases.ADVICE.matcher(text);
        while (m.find()) {
            String replacement;
            if (m.group("goal") != null) {
                replacement = goal(m.group("goal"));
            } else {
                String value = m.group("value");
                String trailing = "";
                // A sentence may end right after the value: "... with -Dmigrate.resume=true."
                while (value.length() > 1 && ".,;:)".indexOf(value.charAt(value.length() - 1)) >= 0
                        && ".,;:)".indexOf(value.charAt(value.length() - 2)) < 0
                        && !(value.endsWith(")") && value.contains("("))) {
                    trailing = value.charAt(value.length() - 1) + trailing;
                    value = value.substring(0, value.length() - 1);
                }
                replacement = setting(m.group("key"), value) + trailing;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The patterns {@link #say} reads. */
    final class Phrases {
        static final Pattern ADVICE = Pattern.compile("(?<!-- )(?<![\\w.-])(?:mvn )?migrate:(?<goal>[a-z][a-z-]*)"
                + "|-Dmigrate\\.(?<key>[A-Za-z]+)=(?<value>\"[^\"]*\"|'[^']*'|[^\\s`]*)");

        private Phrases() {
        }
    }
}
