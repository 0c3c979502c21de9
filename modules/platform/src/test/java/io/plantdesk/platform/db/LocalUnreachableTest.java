package io.plantdesk.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

/** Probe of issue 13, round 2: a database on loopback that went away is not a network cable problem. */
class LocalUnreachableTest {

    private static SQLException refused(String where) {
        return new PSQLException(
                "Connection to " + where + " refused. Check that the hostname and port are correct "
                        + "and that the postmaster is accepting TCP/IP connections.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT,
                new ConnectException("Connection refused"));
    }

    @Test
    void aLoopbackServerThatVanishedIsNotBlamedOnTheNetwork() {
        String text = DbErrors.translate(refused("localhost:25532"), null).fullMessage();
        assertThat(text).doesNotContain("network cable").doesNotContain("Wi-Fi").contains("on this computer");
        ConnectionProfile local = new ConnectionProfile(
                "Local", "127.0.0.1", 5432, "plantdesk", "it", SslMode.PREFER, Environment.DEV, false);
        assertThat(DbErrors.unreachable(local, refused("127.0.0.1:5432")).fullMessage())
                .doesNotContain("network cable");
    }

    @Test
    void aRemoteServerStillPointsAtTheNetwork() {
        ConnectionProfile remote = new ConnectionProfile(
                "Plant",
                "db.plant.example",
                5432,
                "plantdesk",
                "it",
                SslMode.VERIFY_FULL,
                Environment.PRODUCTION,
                false);
        assertThat(DbErrors.unreachable(remote, refused("db.plant.example:5432"))
                        .fullMessage())
                .contains("network cable");
    }
}
