package dev.migrate.jpa.hibernate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns what Hibernate throws while mapping the entities into one message that names the entity classes. */
final class HibernateErrors {

    private HibernateErrors() {
    }

    static String describe(Throwable error, List<String> entities, String version) {
        List<String> messages = new ArrayList<>();
        Set<Throwable> seen = new LinkedHashSet<>();
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (messages.stream().noneMatch(m -> m.contains(message))) {
                messages.add(message);
            }
        }
        String text = String.join(": ", messages);
        Set<String> named = new LinkedHashSet<>();
        for (String entity : entities) {
            String simple = entity.substring(entity.lastIndexOf('.') + 1);
            if (text.contains(entity) || text.matches("(?s).*\\b" + java.util.regex.Pattern.quote(simple) + "\\b.*")) {
                named.add(entity);
            }
        }
        String where = named.isEmpty() ? " (while mapping " + entities.size() + " entities: "
                + String.join(", ", entities.size() <= 8 ? entities : entities.subList(0, 8))
                + (entities.size() > 8 ? ", ..." : "") + ")" : "";
        String what = error instanceof NoClassDefFoundError || error instanceof ClassNotFoundException
                || text.contains("Could not load requested class") || text.contains("Unable to load class")
                ? "a class the entities need cannot be loaded from the project's runtime class path"
                : "Hibernate " + version + " rejects the JPA entities";
        return what + (named.isEmpty() ? "" : " (entity " + String.join(", ", named) + ")") + ": " + text + where
                + "; fix the mapping and compile again";
    }
}
