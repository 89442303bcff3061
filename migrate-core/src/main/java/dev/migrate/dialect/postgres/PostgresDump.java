package dev.migrate.dialect.postgres;

import dev.migrate.dialect.DatabaseDump;
import dev.migrate.dialect.DumpTool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate.backup=dump} on PostgreSQL: {@code pg_dump} of the schema in plain SQL, connecting to the host,
 * port and database of the JDBC URL as the connection's user, the password in {@code PGPASSWORD}.
 */
final class PostgresDump implements DatabaseDump {

    @Override
    public String dump(Request request) throws DumpException {
        Path tool = DumpTool.find("pg_dump").orElseThrow(() -> new DumpException("pg_dump is not on the PATH; "
                + "install the PostgreSQL client tools (the same major version as the server, or newer), or use "
                + "migrate.backup = tables, which needs no tool."));
        Target target = Target.of(request.jdbcUrl());
        List<String> command = new ArrayList<>(List.of(tool.toString(), "--no-password", "--format=plain",
                "--schema=" + request.schema(), "--file=" + request.file()));
        if (target.host() != null) {
            command.add("--host=" + target.host());
        }
        if (target.port() != null) {
            command.add("--port=" + target.port());
        }
        if (request.user() != null) {
            command.add("--username=" + request.user());
        }
        command.add("--dbname=" + target.database());
        Map<String, String> environment = new HashMap<>();
        if (request.password() != null) {
            environment.put("PGPASSWORD", request.password());
        }
        DumpTool.run(command, environment);
        return "psql" + (target.host() != null ? " -h " + target.host() : "") + (target.port() != null ? " -p "
                + target.port() : "") + (request.user() != null ? " -U " + request.user() : "") + " -d "
                + target.database() + " -f " + request.file() + " (into a database without schema "
                + request.schema() + ", or after dropping it)";
    }

    /** Host, port and database of {@code jdbc:postgresql://host:port/db?...} or {@code jdbc:postgresql:db}. */
    record Target(String host, String port, String database) {

        static Target of(String jdbcUrl) throws DumpException {
            String rest = jdbcUrl.substring(jdbcUrl.indexOf(':', 5) + 1);
            int query = rest.indexOf('?');
            if (query >= 0) {
                rest = rest.substring(0, query);
            }
            if (!rest.startsWith("//")) {
                return new Target(null, null, rest);
            }
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            if (slash < 0) {
                throw new DumpException("cannot tell the database from the URL, which names none.");
            }
            String hosts = rest.substring(0, slash);
            String first = hosts.split(",")[0];
            String host = first;
            String port = null;
            int colon = first.lastIndexOf(':');
            if (colon > 0 && !first.endsWith("]")) {
                host = first.substring(0, colon);
                port = first.substring(colon + 1);
            }
            return new Target(host.isEmpty() ? null : host, port, rest.substring(slash + 1));
        }
    }
}
