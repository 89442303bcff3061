package dev.migrate.lock;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The session that holds the migration lock, as the database describes it. Any field but {@code session} may be
 * null when the database does not show it to this user.
 *
 * @param session     the server's name for the session, e.g. {@code pid 4711}
 * @param application the client's application name ({@code migrate} for migrate's own sessions)
 * @param user        the database user
 * @param client      the client's address
 * @param since       when the session connected (migrate opens the lock's connection just before taking it)
 */
public record LockHolder(String session, String application, String user, String client, Instant since) {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    /** {@code pid 4711 (application migrate, user app, from 10.0.0.5, connected since 2026-11-21 14:05:01Z)}. */
    public String describe() {
        List<String> facts = new ArrayList<>();
        if (application != null && !application.isEmpty()) {
            facts.add("application " + application);
        }
        if (user != null) {
            facts.add("user " + user);
        }
        if (client != null) {
            facts.add("from " + client);
        }
        if (since != null) {
            facts.add("connected since " + TIME.format(since));
        }
        return facts.isEmpty() ? session : session + " (" + String.join(", ", facts) + ")";
    }
}
