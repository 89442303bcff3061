package dev.migrate.examples.bookshop;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.migrate.api.MigrateException;
import dev.migrate.api.Migrator;
import dev.migrate.report.RevisionSummary;
import dev.migrate.report.StatusReport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * {@code GET /health}: 200 {@code {"status":"UP"}} when every revision is applied, 503 with the pending revisions
 * (or the reason the database could not be asked) otherwise, so that a load balancer sends no traffic to an
 * instance whose schema is behind its code.
 */
final class HealthCheck implements HttpHandler {

    private final Migrator migrator;

    HealthCheck(Migrator migrator) {
        this.migrator = migrator;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            int status;
            String body;
            try {
                StatusReport report = migrator.status();
                status = report.isUpToDate() ? 200 : 503;
                body = report.isUpToDate() ? "{\"status\":\"UP\"}" : pending(report);
            } catch (MigrateException e) {
                status = 503;
                body = "{\"status\":\"DOWN\",\"error\":" + quoted(e.getMessage()) + "}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String pending(StatusReport report) {
        String revisions = report.pending().stream().map(HealthCheck::revision).collect(Collectors.joining(","));
        return "{\"status\":\"DOWN\",\"pending\":[" + revisions + "]}";
    }

    private static String revision(RevisionSummary revision) {
        return "{\"revision\":" + quoted(revision.revision()) + ",\"message\":" + quoted(revision.message()) + "}";
    }

    /** A JSON string; enough for ids, revision messages and error messages, which is all this class writes. */
    static String quoted(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
