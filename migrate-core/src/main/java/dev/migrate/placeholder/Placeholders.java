package dev.migrate.placeholder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values that {@code ${name}} in revision and callback SQL is replaced with (Flyway's placeholders, Liquibase's
 * changelog parameters): the user's own, from {@code migrate.placeholders}, and the built-ins
 * {@code ${migrate:schema}}, {@code ${migrate:user}} and {@code ${migrate:revision}}.
 *
 * <p>Names are matched without regard to case, so that {@code MIGRATE_PLACEHOLDERS_TABLE_PREFIX} in the environment
 * defines {@code ${table_prefix}}. A {@code ${...}} whose inside is not a name (letters, digits, {@code _ . -}, and
 * the {@code migrate:} prefix of the built-ins) is left as it is. Replacement works on statement text after the file
 * was split and its checksum taken, so a value never changes a checksum, and a value holding a semicolon is never
 * split.
 *
 * @param enabled  whether to replace at all ({@code migrate.placeholderReplacement}); when false every
 *                 {@code ${...}} reaches the database as written
 * @param values   the user's placeholders by name in lower case
 * @param secrets  the names (lower case) whose values are masked wherever migrate prints SQL: the names listed in
 *                 {@code migrate.secretPlaceholders}, and every name containing {@code password}, {@code secret} or
 *                 {@code token}
 */
public record Placeholders(boolean enabled, Map<String, String> values, Set<String> secrets) {

    /** The prefix of the built-in placeholders. */
    public static final String BUILT_IN_PREFIX = "migrate:";
    /** The built-in placeholders, without their prefix. */
    public static final List<String> BUILT_INS = List.of("schema", "user", "revision");
    /** No user placeholders; built-ins are replaced, anything else is an error. */
    public static final Placeholders DEFAULTS = new Placeholders(true, Map.of(), Set.of());
    /** Replacement turned off: SQL runs as written. */
    public static final Placeholders OFF = new Placeholders(false, Map.of(), Set.of());

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{((?:" + BUILT_IN_PREFIX + ")?[A-Za-z0-9_.\\-]+)}");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token).*");
    /** Values shorter than this are not masked in free text: masking them would shred ordinary words. */
    private static final int SHORTEST_MASKED = 4;
    private static final String MASK = "****";

    public Placeholders {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : Objects.requireNonNull(values, "values").entrySet()) {
            String name = checkName(entry.getKey(), "migrate.placeholders");
            String other = byName.put(name, entry.getValue() == null ? "" : entry.getValue());
            if (other != null && !other.equals(byName.get(name))) {
                throw new PlaceholderException("migrate.placeholders defines '" + name + "' twice (names are matched "
                        + "without regard to case) with different values; keep one", 0);
            }
        }
        Set<String> secret = new LinkedHashSet<>();
        for (String name : Objects.requireNonNull(secrets, "secrets")) {
            secret.add(checkName(name, "migrate.secretPlaceholders"));
        }
        byName.keySet().stream().filter(name -> SECRET_NAME.matcher(name).matches()).forEach(secret::add);
        values = java.util.Collections.unmodifiableMap(byName);
        secrets = java.util.Collections.unmodifiableSet(secret);
    }

    /** Placeholders {@code values}, with {@code secretNames} masked in output, replaced when {@code enabled}. */
    public static Placeholders of(boolean enabled, Map<String, String> values, Set<String> secretNames) {
        return new Placeholders(enabled, values, secretNames);
    }

    private static String checkName(String name, String parameter) {
        String stripped = name == null ? "" : name.strip();
        if (!NAME.matcher(stripped).matches()) {
            throw new PlaceholderException(parameter + ": '" + name + "' is not a placeholder name; use letters, "
                    + "digits, '_', '.' and '-'", 0);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    /**
     * {@code text} with every {@code ${name}} replaced.
     *
     * @param builtIns the values of the built-ins where {@code text} is used (its revision, the schema, the user)
     * @throws PlaceholderException for an unknown placeholder or a built-in without a value here, with the line
     *                              within {@code text} (0 for the first)
     */
    public String replace(String text, BuiltIns builtIns) {
        if (!enabled || text.indexOf("${") < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String written = m.group(1);
            String value = value(written, builtIns, lineOf(text, m.start()));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names of the placeholders {@code text} uses, as written, in order of appearance (for reports). */
    public static List<String> references(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private String value(String written, BuiltIns builtIns, int line) {
        String name = written.toLowerCase(Locale.ROOT);
        if (name.startsWith(BUILT_IN_PREFIX)) {
            String builtIn = name.substring(BUILT_IN_PREFIX.length());
            if (!BUILT_INS.contains(builtIn)) {
                throw new PlaceholderException("unknown built-in placeholder ${" + written + "}; the built-ins are "
                        + String.join(", ", BUILT_INS.stream().map(b -> "${" + BUILT_IN_PREFIX + b + "}").toList()),
                        line);
            }
            Optional<String> value = builtIns.value(builtIn);
            if (value.isEmpty()) {
                throw new PlaceholderException("${" + written + "} has no value here: " + builtIns.whyMissing(builtIn),
                        line);
            }
            return value.get();
        }
        String value = values.get(name);
        if (value == null) {
            throw new PlaceholderException("unknown placeholder ${" + written + "}; define it in the POM "
                    + "(<placeholders><" + written + ">value</" + written + "></placeholders>), with -Dmigrate.placeholders."
                    + written + "=value or the environment variable MIGRATE_PLACEHOLDERS_"
                    + name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + (values.isEmpty() ? ""
                    : " (defined: " + String.join(", ", new java.util.TreeSet<>(values.keySet())) + ")")
                    + ", or set migrate.placeholderReplacement=false to run ${...} as written", line);
        }
        return value;
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** {@code text} with the values of secret placeholders masked, for anything migrate prints or writes. */
    public String mask(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String result = text;
        for (String name : secrets) {
            String value = values.get(name);
            if (value != null && value.length() >= SHORTEST_MASKED) {
                result = result.replace(value, MASK);
            }
        }
        return result;
    }

    /** The placeholders for logs: names and values, secret ones masked. */
    public String describe() {
        if (!enabled) {
            return "placeholder replacement is off";
        }
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add(name + "=" + (secrets.contains(name) ? MASK : value)));
        return parts.isEmpty() ? "no placeholders" : String.join(", ", parts);
    }

    @Override
    public String toString() {
        return describe();
    }

    /** Where the built-ins get their values: one place per script (its revision) over one per run. */
    public interface BuiltIns {

        /** The value of built-in {@code name} (without its prefix), or empty when it has none here. */
        Optional<String> value(String name);

        /** Why {@code name} has no value here, and what to do. */
        String whyMissing(String name);

        /** No values: the built-ins are errors (for text outside any run). */
        BuiltIns NONE = new BuiltIns() {
            @Override
            public Optional<String> value(String name) {
                return Optional.empty();
            }

            @Override
            public String whyMissing(String name) {
                return "nothing defines it where this text is read";
            }
        };

        /** These built-ins with {@code revision} as {@code ${migrate:revision}}. */
        default BuiltIns withRevision(String revision) {
            BuiltIns outer = this;
            return new BuiltIns() {
                @Override
                public Optional<String> value(String name) {
                    return name.equals("revision") ? Optional.of(revision) : outer.value(name);
                }

                @Override
                public String whyMissing(String name) {
                    return outer.whyMissing(name);
                }
            };
        }
    }
}
