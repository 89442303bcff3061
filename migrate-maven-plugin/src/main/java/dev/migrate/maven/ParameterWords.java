package dev.migrate.maven;

import dev.migrate.api.CheckRequest;
import dev.migrate.api.GenerateRequest;
import dev.migrate.api.MigrateException;
import dev.migrate.api.ResumeMode;
import dev.migrate.api.TransactionMode;
import dev.migrate.maven.embedded.EmbeddedKind;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the goals' typed parameters accept, one table for all of them, so that the POM, {@code -D} and the
 * error for a wrong word agree. Words are matched without regard to case or surrounding blanks; a wrong one fails
 * the build before the goal runs, naming the parameter ({@code migrate.<name>}) and the words it takes. Maven's own
 * enum converter would take only the exact constant name, which is why the goals' configurator uses this table.
 */
final class ParameterWords {

    /** Each enum type a parameter has, and how its words are read. */
    private static final Map<Class<?>, Function<Named, Object>> PARSERS = Map.of(
            TransactionMode.class, named -> core(() -> TransactionMode.parse(named.text())),
            ResumeMode.class, named -> core(() -> ResumeMode.parse(named.text())),
            GenerateRequest.CompareWith.class, named -> oneOf(named, GenerateRequest.CompareWith.values(),
                    c -> lower(c.name()), "use migrations or database"),
            CheckRequest.LintLevel.class, named -> oneOf(named, CheckRequest.LintLevel.values(),
                    l -> lower(l.name()), "use none, error or warning"),
            RevisionKind.class, named -> oneOf(named, RevisionKind.values(), RevisionKind::word,
                    "use sql (a revision file) or java (a Java migration class)"),
            GraphFormat.class, named -> oneOf(named, GraphFormat.values(), GraphFormat::word,
                    "is not a format; use one of " + String.join(", ", GraphFormat.words())),
            EmbeddedKind.class, named -> oneOf(named, EmbeddedKind.values(), EmbeddedKind::word,
                    EmbeddedKind.accepted()));

    private static final Pattern WHOLE_SECONDS = Pattern.compile("[-+]?\\d+");
    private static final Pattern WITH_UNIT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private ParameterWords() {
    }

    /** A parameter's name and its configured text. */
    private record Named(String parameter, String text) {
    }

    static boolean knows(Class<?> type) {
        return PARSERS.containsKey(type);
    }

    /**
     * The value of {@code type} that {@code text} names.
     *
     * @param parameter the parameter's name in the POM ({@code transactionMode}); its property is
     *                  {@code migrate.<parameter>}
     * @throws IllegalArgumentException naming the parameter and the words it accepts
     */
    static Object parse(Class<?> type, String parameter, String text) {
        Function<Named, Object> parser = PARSERS.get(type);
        if (parser == null) {
            throw new IllegalArgumentException("migrate." + parameter + " has a type no word converts to: " + type);
        }
        return parser.apply(new Named(parameter, text));
    }

    /**
     * A duration: whole seconds as the goals always took them ({@code 60}; a negative number is passed on for the
     * core to refuse with its own explanation), a number with a unit ({@code 500ms}, {@code 90s}, {@code 2m},
     * {@code 1h}), or ISO-8601 ({@code PT1M30S}).
     *
     * @throws IllegalArgumentException naming the parameter and the forms it accepts
     */
    static Duration duration(String parameter, String text) {
        String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (WHOLE_SECONDS.matcher(value).matches()) {
            try {
                return Duration.ofSeconds(Long.parseLong(value));
            } catch (NumberFormatException e) {
                // too many digits: refused below
            }
        }
        Matcher unit = WITH_UNIT.matcher(value);
        if (unit.matches() && unit.group(1).length() < 10) {
            long amount = Long.parseLong(unit.group(1));
            return switch (unit.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        if (value.startsWith("p")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw new IllegalArgumentException("migrate." + parameter + " = '" + text + "' is not a duration; give whole "
                + "seconds (60), a number with a unit (500ms, 90s, 2m, 1h) or ISO-8601 (PT1M30S)");
    }

    /**
     * The items of a list parameter: each configured item split at commas too (so {@code <checks>graph,lint</checks>}
     * and {@code -Dmigrate.checks=graph,lint} read alike, on every Maven version), stripped, blanks dropped.
     */
    static List<String> items(List<String> configured) {
        List<String> items = new ArrayList<>();
        if (configured != null) {
            for (String item : configured) {
                if (item != null) {
                    Arrays.stream(item.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(items::add);
                }
            }
        }
        return List.copyOf(items);
    }

    private static Object core(java.util.function.Supplier<Object> parse) {
        try {
            return parse.get();
        } catch (MigrateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static <E> E oneOf(Named named, E[] values, Function<E, String> word, String accepted) {
        String value = named.text() == null ? "" : lower(named.text().strip());
        for (E candidate : values) {
            if (word.apply(candidate).equals(value)) {
                return candidate;
            }
        }
        String problem = accepted.startsWith("is not") ? accepted : "is not known; " + accepted;
        throw new IllegalArgumentException("migrate." + named.parameter() + " = '" + named.text() + "' " + problem);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
