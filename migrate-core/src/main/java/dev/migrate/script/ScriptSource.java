package dev.migrate.script;

import java.io.IOException;
import java.util.List;

/**
 * Where revisions come from: a directory of files, a location on the class path (files and compiled Java
 * migrations), or a directory of compiled classes (Java migrations only).
 */
public interface ScriptSource {

    /** The files (SQL files, class files), each with a name relative to the source; order does not matter. */
    List<Resource> list() throws IOException;

    /** The source as shown to users, e.g. {@code src/main/resources/db/migrations}. */
    String describe();

    /** Whether the source exists at all (a directory that was never created does not). */
    boolean exists();

    /**
     * Whether the source only adds to others (compiled Java migrations next to a directory of files): messages name
     * it only when it holds revisions.
     */
    default boolean isSupplementary() {
        return false;
    }

    /**
     * One file of a source.
     *
     * @param relativeName the name relative to the source, with '/' separators; sorts the files
     * @param location     the file as shown in messages
     * @param className    for a class file that may hold a Java migration, the class's binary name; otherwise null
     */
    record Resource(String relativeName, String location, Loader loader, String className) {

        /** A file that is not a class. */
        public Resource(String relativeName, String location, Loader loader) {
            this(relativeName, location, loader, null);
        }

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
