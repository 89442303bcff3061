package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Opens a database in a process of its own and keeps it open until killed (or for a minute): prints {@code OPEN}
 * once connected. Arguments: url, user, password ({@code -} for none).
 */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], "-".equals(args[2]) ? "" : args[2])) {
            System.out.println("OPEN " + connection.getMetaData().getURL());
            System.out.flush();
            Thread.sleep(60_000);
        }
    }
}
