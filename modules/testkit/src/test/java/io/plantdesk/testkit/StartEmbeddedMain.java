package io.plantdesk.testkit;

import io.plantdesk.platform.embedded.EmbeddedServer;
import java.nio.file.Path;

/**
 * A second Plantdesk process for {@link EmbeddedHardeningTest}: starts (or attaches to) the
 * embedded server of a folder, prints one line saying which, and stops when its stdin closes.
 */
public final class StartEmbeddedMain {

    private StartEmbeddedMain() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        try (EmbeddedServer s = EmbeddedServer.start(home.resolve("pgdata"), home.resolve("pgbin"), home.resolve("logs/postgres.log"), port);
             var c = s.adminDataSource("postgres").getConnection()) {
            System.out.println("RESULT " + (s.attached() ? "attached" : "started") + " " + s.port() + " " + c.isValid(2));
            System.out.flush();
            System.in.read();
        } catch (RuntimeException e) {
            System.out.println("RESULT failed " + e.getMessage());
            System.out.flush();
        }
    }
}
