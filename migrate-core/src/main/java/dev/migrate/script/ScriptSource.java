package dev.migrate.script;

import java.io.IOException;
import java.util.List;

/** Where revision files come from: a directory, or (later) the classpath. */
public interface ScriptSource {

    /** The SQL files, each with a name relative to the source; order does not matter. */
    List<Resource> list() throws IOException;

    /** The source as shown to users, e.g. {@code src/main/resources/db/migrations}. */
    String describe();

    /** Whether the source exists at all (a directory that was never created does not). */
    boolean exists();

    /**
     * One file of a source.
     *
     * @param relativeName the name relative to the source, with '/' separators; sorts the files
     * @param location     the file as shown in messages
     */
    record Resource(String relativeName, String location, Loader loader) {

        public byte[] read() throws IOException {
            return loader.load();
        }
    }

    /** Reads a resource's bytes. */
    @FunctionalInterface
    interface Loader {
        byte[] load() throws IOException;
    }
}
