package dev.migrate.script;

import dev.migrate.JavaMigration;
import dev.migrate.Revision;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a compiled {@link JavaMigration} into a revision like the files: its {@link Revision} annotation becomes a
 * header, and its methods become the sections. The revision's text, which the journal keeps and checksums are taken
 * of, is that header followed by the class name and the class's checksum, so an edit of either shows as a changed
 * line, as for a SQL file.
 */
final class JavaRevisions {

    /** The annotation's descriptor in a class file: classes without it are not read any further. */
    private static final byte[] MARKER = "Ldev/migrate/Revision;".getBytes(StandardCharsets.US_ASCII);

    private final ScriptParser parser;
    private final ClassLoader classLoader;

    JavaRevisions(ScriptParser parser, ClassLoader classLoader) {
        this.parser = parser;
        this.classLoader = classLoader;
    }

    /** Whether a class file may hold a Java migration (it mentions the {@code @Revision} annotation). */
    static boolean mayBeMigration(byte[] classBytes) {
        outer:
        for (int i = 0; i <= classBytes.length - MARKER.length; i++) {
            for (int j = 0; j < MARKER.length; j++) {
                if (classBytes[i + j] != MARKER[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * The revision of a class annotated with {@link Revision}, or null when the class only mentions the annotation.
     *
     * @param location where the class file is, for messages
     */
    RevisionScript load(String className, byte[] classBytes, String location) {
        Class<?> type;
        try {
            type = Class.forName(className, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScriptException(location, 0, "class " + className + " cannot be loaded (" + e + "); is it on the "
                    + "class path migrate runs with?");
        }
        Revision header = type.getAnnotation(Revision.class);
        if (header == null) {
            return null;
        }
        String shown = className;
        if (!JavaMigration.class.isAssignableFrom(type)) {
            throw new ScriptException(shown, 0, "is annotated @Revision but does not implement " + JavaMigration.class
                    .getName() + " (or implements it from another copy of migrate-core on the class path: depend on "
                    + "migrate-core with the version of the plugin)");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            throw new ScriptException(shown, 0, "a Java migration must be a public, concrete class");
        }
        JavaMigration migration = instantiate(type, shown);
        String checksum = migration.checksum();
        String checksumLine = checksum != null ? "Checksum: " + checksum.strip() + " (from checksum())"
                : "Checksum: " + Checksums.sha256Hex(classBytes) + " (SHA-256 of " + type.getSimpleName() + ".class)";
        boolean reversible = overridesDowngrade(type);

        StringBuilder text = new StringBuilder();
        text.append("-- ").append(header.message().strip().replaceAll("\\s*\\R\\s*", " ")).append('\n');
        text.append("--\n");
        text.append("-- ").append(ScriptParser.REVISION_ID).append(": ").append(header.id()).append('\n');
        text.append("-- ").append(ScriptParser.REVISES).append(':');
        if (header.revises().length > 0) {
            text.append(' ').append(String.join(", ", header.revises()));
        }
        text.append('\n');
        if (!header.createDate().isBlank()) {
            text.append("-- ").append(ScriptParser.CREATE_DATE).append(": ").append(header.createDate()).append('\n');
        }
        if (header.branchLabels().length > 0) {
            text.append("-- ").append(ScriptParser.BRANCH_LABELS).append(": ")
                    .append(String.join(", ", header.branchLabels())).append('\n');
        }
        if (header.dependsOn().length > 0) {
            text.append("-- ").append(ScriptParser.DEPENDS_ON).append(": ")
                    .append(String.join(", ", header.dependsOn())).append('\n');
        }
        text.append("--\n");
        text.append("-- Java migration: ").append(className).append('\n');
        text.append("-- ").append(checksumLine).append('\n');
        String transaction = header.transactional() ? "" : " transaction:false";
        text.append("\n-- migrate:upgrade").append(transaction).append('\n');
        int upgradeCall = lineCount(text) + 1;
        text.append("-- calls ").append(className).append(".upgrade(Connection)\n");
        int downgradeCall = 0;
        if (reversible) {
            text.append("\n-- migrate:downgrade").append(transaction).append('\n');
            downgradeCall = lineCount(text) + 1;
            text.append("-- calls ").append(className).append(".downgrade(Connection)\n");
        }
        String source = text.toString();
        RevisionScript parsed;
        try {
            parsed = parser.parseText(shown, source);
        } catch (ScriptException e) {
            // The header came from the annotation: say so, the line numbers of the synthetic text mean nothing.
            throw new ScriptException(shown, 0, "its @Revision annotation is not a valid header: " + e.reason());
        }
        Section upgrade = javaSection(parsed.upgrade(), migration, className + ".upgrade(Connection)", upgradeCall);
        Section downgrade = reversible
                ? javaSection(parsed.downgrade(), migration, className + ".downgrade(Connection)", downgradeCall) : null;
        return new RevisionScript(shown, parsed.header(), upgrade, downgrade, null, Checksums.sha256(source), source);
    }

    private static Section javaSection(Section parsed, JavaMigration migration, String call, int line) {
        return new Section(parsed.line(), parsed.transactional(), List.of(new SqlStatement("-- Java: " + call, line,
                line)), migration);
    }

    private static JavaMigration instantiate(Class<?> type, String shown) {
        try {
            Constructor<?> constructor = type.getConstructor();
            return (JavaMigration) constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new ScriptException(shown, 0, "a Java migration needs a public constructor without parameters");
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ScriptException(shown, 0, "cannot be created: its constructor threw " + cause);
        }
    }

    /** Whether the class (or a superclass) overrides {@link JavaMigration#downgrade}, rather than inheriting it. */
    private static boolean overridesDowngrade(Class<?> type) {
        return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("downgrade")
                && m.getParameterCount() == 1 && !m.getDeclaringClass().isInterface());
    }

    private static int lineCount(CharSequence text) {
        return (int) text.chars().filter(c -> c == '\n').count();
    }
}
