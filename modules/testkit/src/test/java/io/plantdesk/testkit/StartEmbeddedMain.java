package io.plantdesk.testkit;

import io.plantdesk.platform.embedded.EmbeddedServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Another Plantdesk process for {@link EmbeddedHardeningTest} and {@link EmbeddedLifetimeTest}:
 * starts (or attaches to) the embedded server of a folder, prints one line saying which, answers
 * each "query" line on stdin with a fresh connection's result, and leaves when its stdin closes.
 */
public final class StartEmbeddedMain {

    private StartEmbeddedMain() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        try (EmbeddedServer s = EmbeddedServer.start(
                        home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("logs/postgres.log"), port);
                var c = s.adminDataSource("postgres").getConnection()) {
            System.out.println(
                    "RESULT " + (s.attached() ? "attached" : "started") + " " + s.port() + " " + c.isValid(2));
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.equals("query")) {
                    try (Connection fresh = s.adminDataSource("postgres").getConnection()) {
                        System.out.println("QUERY " + fresh.isValid(2));
                    } catch (SQLException e) {
                        System.out.println("QUERY failed " + e.getMessage());
                    }
                    System.out.flush();
                }
            }
        } catch (RuntimeException e) {
            System.out.println("RESULT failed " + e.getMessage());
            System.out.flush();
        }
    }
}
