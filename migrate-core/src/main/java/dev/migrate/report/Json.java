package dev.migrate.report;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for reports: maps (insertion-ordered), lists, strings, numbers, booleans and null,
 * pretty-printed with two-space indentation. Reports build plain maps and lists and hand them here, so their JSON
 * shape is visible in one place per report.
 */
public final class Json {

    /**
     * The version of the reports' JSON shape, the first field of every report ({@code "formatVersion": 1}). It goes up
     * when a field is removed or changes meaning; new fields do not change it, so readers should ignore fields they
     * do not know.
     */
    public static final int FORMAT_VERSION = 1;

    private Json() {
    }

    /** The top-level object of a report: an insertion-ordered map that starts with {@code formatVersion}. */
    public static Map<String, Object> report() {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("formatVersion", FORMAT_VERSION);
        return json;
    }

    /** Renders {@code value} as JSON text ending with a newline. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.append('\n').toString();
    }

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            out.append(value);
        } else if (value instanceof Number n) {
            out.append(n.toString());
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                indent(out, depth + 1);
                string(out, String.valueOf(e.getKey()));
                out.append(": ");
                write(out, e.getValue(), depth + 1);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            boolean simple = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
            if (simple) {
                out.append('[');
                for (int k = 0; k < list.size(); k++) {
                    if (k > 0) {
                        out.append(", ");
                    }
                    write(out, list.get(k), depth);
                }
                out.append(']');
                return;
            }
            out.append("[\n");
            for (int k = 0; k < list.size(); k++) {
                indent(out, depth + 1);
                write(out, list.get(k), depth + 1);
                out.append(k + 1 < list.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append(']');
        } else {
            string(out, value.toString());
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("  ".repeat(depth));
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
