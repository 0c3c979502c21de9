package io.plantdesk.app.shell;

import io.plantdesk.platform.db.ConnectionProfile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/**
 * "Does anything listen where the profile points?" in at most a second. A plain TCP connect, not a
 * pooled connection: the pool waits out its whole connect timeout (6 s) before giving up, which
 * is why a stopped server used to take 7 to 15 s to show. A refused connect answers at once.
 */
public final class ConnectionProbe {

    static final Duration TIMEOUT = Duration.ofMillis(1000);

    private ConnectionProbe() {}

    public static boolean listening(ConnectionProfile profile) {
        return listening(profile.host(), profile.port(), TIMEOUT);
    }

    static boolean listening(String host, int port, Duration timeout) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
