package dev.migrate.fleet;

import dev.migrate.connect.Secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns what users write into fleet targets and refuses what would go wrong later: entries are URLs
 * ({@code jdbc:...} or {@code scheme://...}) or schema names; a target listed twice, and URLs with credentials next to
 * URLs without (which would connect as someone else, or fail late), are errors naming the entries.
 */
public final class TargetList {

    private static final Pattern URI = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://.*");
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile("(?i)[?&;:]\\s*(user|password)\\s*=");

    private TargetList() {
    }

    /** {@code migrate.targets}: comma-separated URLs (or schema names). */
    public static List<FleetTarget> fromList(String text, String setting) {
        List<FleetTarget> targets = new ArrayList<>();
        String[] parts = text.split(",");
        for (int i = 0; i < parts.length; i++) {
            String entry = parts[i].strip();
            if (entry.isEmpty()) {
                throw new FleetException(setting + ": entry " + (i + 1) + " is empty; separate the targets with "
                        + "single commas");
            }
            targets.add(entry(entry, setting + " entry " + (i + 1)));
        }
        return checked(targets, setting);
    }

    /** {@code migrate.targetsFile}: one URL or schema per line; blank lines and {@code #} comments are skipped. */
    public static List<FleetTarget> fromFile(Path file, String shownAs) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FleetException("migrate.targetsFile = " + shownAs + " cannot be read (" + e.getMessage()
                    + "); give a file with one URL or schema name per line");
        }
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!entry.isEmpty()) {
                targets.add(entry(entry, shownAs + ":" + (i + 1)));
            }
        }
        if (targets.isEmpty()) {
            throw new FleetException("migrate.targetsFile = " + shownAs + " lists no target; write one URL or schema "
                    + "name per line (# starts a comment)");
        }
        return checked(targets, "migrate.targetsFile = " + shownAs);
    }

    /** Values read from the database ({@code migrate.targetsQuery}, {@code migrate.targetSchemas}). */
    public static List<FleetTarget> fromValues(List<String> values, String setting) {
        List<FleetTarget> targets = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i) == null ? "" : values.get(i).strip();
            if (value.isEmpty()) {
                throw new FleetException(setting + ": row " + (i + 1) + " is null or blank; return one schema name "
                        + "or URL per row");
            }
            targets.add(entry(value, setting + " row " + (i + 1)));
        }
        return checked(targets, setting);
    }

    /** A schema name or a URL. */
    static FleetTarget entry(String entry, String source) {
        boolean url = entry.regionMatches(true, 0, "jdbc:", 0, 5) || URI.matcher(entry).matches();
        if (!url && (entry.contains(" ") || entry.contains("/") || entry.contains(";"))) {
            throw new FleetException(source + ": '" + Secrets.maskUrl(entry) + "' is neither a schema name nor a "
                    + "URL (jdbc:... or scheme://user:password@host/db)");
        }
        return new FleetTarget(url ? FleetTarget.Kind.URL : FleetTarget.Kind.SCHEMA, entry, source);
    }

    /** Refuses duplicates and mixed credentials. */
    static List<FleetTarget> checked(List<FleetTarget> targets, String setting) {
        Map<String, FleetTarget> seen = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (FleetTarget target : targets) {
            FleetTarget first = seen.putIfAbsent(target.key(), target);
            if (first != null) {
                duplicates.add(target.name() + " (" + first.source() + " and " + target.source() + ")");
            }
        }
        if (!duplicates.isEmpty()) {
            throw new FleetException(setting + " lists " + (duplicates.size() == 1 ? "a target" : duplicates.size()
                    + " targets") + " twice: " + String.join(", ", duplicates) + "; a target must appear once, or "
                    + "it would be migrated by two workers at once");
        }
        List<FleetTarget> urls = targets.stream().filter(t -> !t.isSchema()).toList();
        List<FleetTarget> without = urls.stream().filter(t -> !hasCredentials(t.value())).toList();
        if (!without.isEmpty() && without.size() < urls.size()) {
            throw new FleetException(setting + ": " + (urls.size() - without.size()) + " URL(s) carry credentials and "
                    + without.size() + " do not: " + String.join(", ", without.stream().limit(5)
                    .map(t -> t.name() + " (" + t.source() + ")").toList()) + (without.size() > 5 ? ", ..." : "")
                    + ". Give every URL its user and password, or none and set migrate.user and migrate.password "
                    + "for all of them");
        }
        return List.copyOf(targets);
    }

    /** Whether {@code url} names a user: {@code scheme://user@...}, or a {@code user=} parameter. */
    static boolean hasCredentials(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int scheme = lower.indexOf("://");
        if (!lower.startsWith("jdbc:") && scheme > 0) {
            String rest = url.substring(scheme + 3);
            int end = rest.indexOf('/');
            String authority = end < 0 ? rest : rest.substring(0, end);
            if (authority.contains("@")) {
                return true;
            }
        }
        return CREDENTIAL_PARAMETER.matcher(url).find();
    }

    /** {@code url} with user info and user/password parameters removed: what identifies the database. */
    static String withoutCredentials(String url) {
        String result = url.strip();
        int scheme = result.indexOf("://");
        if (scheme > 0) {
            int at = result.indexOf('@', scheme);
            int slash = result.indexOf('/', scheme + 3);
            if (at > 0 && (slash < 0 || at < slash)) {
                result = result.substring(0, scheme + 3) + result.substring(at + 1);
            }
        }
        return result.replaceAll("(?i)([?&;])\\s*(user|password)\\s*=[^&;]*", "$1").replaceAll("([?&;])[&;]+", "$1")
                .replaceAll("[?&;]+$", "").toLowerCase(Locale.ROOT);
    }
}
