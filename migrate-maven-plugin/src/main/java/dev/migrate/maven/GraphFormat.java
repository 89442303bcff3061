package dev.migrate.maven;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pictures {@code migrate:history} draws the graph as ({@code migrate.format}); the words are the core's
 * {@code HistoryPicture.FORMATS}, which a test keeps in step.
 */
public enum GraphFormat {
    /** A picture. */
    SVG,
    /** Graphviz. */
    DOT,
    /** Markdown diagrams on GitHub and GitLab. */
    MERMAID;

    /** The parameter's value as users write it, and the file's extension. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> words() {
        return Arrays.stream(values()).map(GraphFormat::word).toList();
    }
}
