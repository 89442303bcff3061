package dev.migrate.cli;

import dev.migrate.api.ErrorKind;
import dev.migrate.api.MigrateException;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code migrate.properties}: the settings a project keeps next to its migrations, read with the JDK's own
 * properties format (escapes and continuation lines included). Every key must be a known setting, so that a typo is
 * an error naming the file and line rather than a setting silently ignored.
 *
 * <p>A {@code migrate.yaml} is not read: YAML's quoting, block scalars and nesting need a real parser, a partial one
 * would misread valid files without a word, and a YAML library in the command line would cost start time for every
 * user. The properties format says the same in as many lines.
 */
final class SettingsFile {

    /** The file looked for in the working directory when {@code --config} is not given. */
    static final String DEFAULT_NAME = "migrate.properties";

    private final String shownAs;
    private final Map<Setting, Value> values;

    private SettingsFile(String shownAs, Map<Setting, Value> values) {
        this.shownAs = shownAs;
        this.values = values;
    }

    /** A value and the line it was on. */
    record Value(String text, int line) {
    }

    /** No file. */
    static SettingsFile none() {
        return new SettingsFile(null, Map.of());
    }

    /**
     * Reads {@code file}; {@code shownAs} is how messages name it.
     *
     * @throws MigrateException (CONFIGURATION) when the file cannot be read or holds an unknown key
     */
    static SettingsFile read(Path file, String shownAs) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, shownAs + " is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, "cannot read " + shownAs + ": " + e.getMessage());
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new MigrateException(ErrorKind.CONFIGURATION, shownAs + " is not a properties file: "
                    + e.getMessage());
        }
        List<String> lines = text.lines().toList();
        Map<Setting, Value> values = new EnumMap<>(Setting.class);
        for (String key : properties.stringPropertyNames()) {
            int line = lineOf(lines, key);
            Setting setting = Setting.byKey(key).orElseThrow(() -> new MigrateException(ErrorKind.CONFIGURATION,
                    shownAs + ":" + line + ": '" + key + "' is not a migrate setting; known: "
                            + Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.joining(", "))));
            values.put(setting, new Value(properties.getProperty(key).strip(), line));
        }
        return new SettingsFile(shownAs, values);
    }

    /** The line where {@code key} is set (the last one: later lines win in a properties file). */
    private static int lineOf(List<String> lines, String key) {
        Pattern start = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]?.*");
        int found = 0;
        boolean continued = false;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (!continued && start.matcher(line).matches()) {
                found = k + 1;
            }
            continued = endsWithContinuation(line);
        }
        return found;
    }

    private static boolean endsWithContinuation(String line) {
        int backslashes = 0;
        for (int k = line.length() - 1; k >= 0 && line.charAt(k) == '\\'; k--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** How messages name the file, or null without one. */
    String shownAs() {
        return shownAs;
    }

    Optional<Value> value(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }
}
