package dev.migrate.jpa.hibernate;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Hibernate's start-up chatter out of the build log while it only writes DDL: its warnings there are about a
 * configuration migrate chose on purpose (an explicit dialect, no connection provider). Hibernate logs through JBoss
 * Logging, which would otherwise pick whatever backend the application brings (a Logback without configuration logs
 * everything at DEBUG); for the duration, it is sent to java.util.logging and only errors pass. Mapping errors still
 * arrive as exceptions, with their messages.
 */
final class QuietLogging implements AutoCloseable {

    private static final String PROVIDER = "org.jboss.logging.provider";

    private final String previousProvider;
    private final Logger hibernate = Logger.getLogger("org.hibernate");
    private final Level previousLevel;

    QuietLogging() {
        previousProvider = System.getProperty(PROVIDER);
        if (previousProvider == null) {
            System.setProperty(PROVIDER, "jdk");
        }
        previousLevel = hibernate.getLevel();
        hibernate.setLevel(Level.SEVERE);
    }

    @Override
    public void close() {
        hibernate.setLevel(previousLevel);
        if (previousProvider == null) {
            System.clearProperty(PROVIDER);
        }
    }
}
