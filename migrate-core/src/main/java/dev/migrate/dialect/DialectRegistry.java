package dev.migrate.dialect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The dialects available at run time, registered explicitly through {@link ServiceLoader}. Two dialects with one
 * name are an error, never a silent override.
 */
public final class DialectRegistry {

    private final Map<String, Dialect> dialects;

    private DialectRegistry(Map<String, Dialect> dialects) {
        this.dialects = Collections.unmodifiableMap(dialects);
    }

    /** The dialects on the class path of this library (and of {@code classLoader}, when given). */
    public static DialectRegistry load(ClassLoader classLoader) {
        Map<String, Dialect> found = new LinkedHashMap<>();
        register(found, ServiceLoader.load(Dialect.class, Dialect.class.getClassLoader()));
        if (classLoader != null && classLoader != Dialect.class.getClassLoader()) {
            register(found, ServiceLoader.load(Dialect.class, classLoader));
        }
        return new DialectRegistry(found);
    }

    /** A registry of exactly these dialects. */
    public static DialectRegistry of(Dialect... dialects) {
        Map<String, Dialect> found = new LinkedHashMap<>();
        register(found, List.of(dialects));
        return new DialectRegistry(found);
    }

    private static void register(Map<String, Dialect> found, Iterable<Dialect> candidates) {
        for (Dialect dialect : candidates) {
            Dialect existing = found.get(dialect.name());
            if (existing == null) {
                found.put(dialect.name(), dialect);
            } else if (existing.getClass() != dialect.getClass()) {
                throw new IllegalStateException("two dialects are named '" + dialect.name() + "': "
                        + existing.getClass().getName() + " and " + dialect.getClass().getName());
            }
        }
    }

    /** The dialect for a JDBC URL, if any handles it. */
    public Optional<Dialect> forUrl(String jdbcUrl) {
        for (Dialect dialect : dialects.values()) {
            if (dialect.handlesUrl(jdbcUrl)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /** The dialect with this name, if registered. */
    public Optional<Dialect> byName(String name) {
        return Optional.ofNullable(dialects.get(name.toLowerCase(Locale.ROOT)));
    }

    public List<Dialect> all() {
        return new ArrayList<>(dialects.values());
    }

    /** The dialect that reads connection URIs of {@code scheme} (lower case), if any. */
    public Optional<Dialect> forUriScheme(String scheme) {
        for (Dialect dialect : dialects.values()) {
            if (dialect.uriSchemes().contains(scheme)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }

    /**
     * The dialect whose rules split the files of goals that know no database (heads, history, merge, ...): the first
     * one registered, which is why {@code META-INF/services/dev.migrate.dialect.Dialect} lists the strictest first.
     */
    public Optional<Dialect> first() {
        return dialects.values().stream().findFirst();
    }

    /** The first dialect that keeps a database in a file without a server, for projects that configure none. */
    public Optional<EmbeddedDatabase> embeddedDatabase(java.nio.file.Path file) {
        for (Dialect dialect : dialects.values()) {
            Optional<EmbeddedDatabase> embedded = dialect.embeddedDatabase(file);
            if (embedded.isPresent()) {
                return embedded;
            }
        }
        return Optional.empty();
    }

    /** The URL prefixes of all dialects, for messages. */
    public String supportedPrefixes() {
        return String.join(", ", dialects.values().stream().map(Dialect::urlPrefix).toList());
    }
}
