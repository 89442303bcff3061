package dev.migrate.dialect.mariadb;

import dev.migrate.dialect.DatabaseDump;
import dev.migrate.dialect.DumpTool;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code migrate.backup=dump} on MariaDB and MySQL: {@code mariadb-dump} (or {@code mysqldump}) of the database in
 * one consistent snapshot, connecting to the host and port of the JDBC URL, the password in {@code MYSQL_PWD}.
 */
final class MariaDbDump implements DatabaseDump {

    @Override
    public String dump(Request request) throws DumpException {
        Path tool = DumpTool.find("mariadb-dump", "mysqldump").orElseThrow(() -> new DumpException("neither "
                + "mariadb-dump nor mysqldump is on the PATH; install the MariaDB client, or use migrate.backup = "
                + "tables, which needs no tool."));
        String rest = request.jdbcUrl().substring(request.jdbcUrl().indexOf("//") + 2);
        int end = rest.indexOf('/');
        String hostPort = end < 0 ? rest : rest.substring(0, end);
        hostPort = hostPort.split(",")[0];
        if (hostPort.contains("@")) {
            hostPort = hostPort.substring(hostPort.lastIndexOf('@') + 1);
        }
        String host = hostPort;
        String port = null;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        List<String> command = new ArrayList<>(List.of(tool.toString(), "--single-transaction", "--routines",
                "--result-file=" + request.file()));
        if (!host.isEmpty()) {
            command.add("--host=" + host);
        }
        if (port != null) {
            command.add("--port=" + port);
        }
        if (request.user() != null) {
            String user = request.user();
            int at = user.indexOf('@');
            command.add("--user=" + (at > 0 ? user.substring(0, at) : user));
        }
        command.add(request.schema());
        Map<String, String> environment = new HashMap<>();
        if (request.password() != null) {
            environment.put("MYSQL_PWD", request.password());
        }
        DumpTool.run(command, environment);
        return "mariadb" + (host.isEmpty() ? "" : " -h " + host) + (port == null ? "" : " -P " + port) + " "
                + request.schema() + " < " + request.file();
    }
}
