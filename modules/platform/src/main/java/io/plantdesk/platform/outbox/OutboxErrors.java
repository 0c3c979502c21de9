package io.plantdesk.platform.outbox;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import java.io.EOFException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** The outbox's sentences, and which delivery failures mean "try again later" rather than "refused". */
final class OutboxErrors {

    private OutboxErrors() {}

    static PlantdeskException error(String key, Object... args) {
        return new PlantdeskException(Text.platform(key, args), null);
    }

    static PlantdeskException error(String key, String hintKey, Throwable cause, Object... args) {
        return new PlantdeskException(Text.platform(key, args), Text.platform(hintKey), cause);
    }

    /**
     * True when the server could not be asked or could not answer: no connection, the server
     * restarting, a lost commit acknowledgement, a serialisation failure, a wait that timed out.
     * The action stays queued and is delivered again with the same key; the server's
     * idempotency makes a delivery that did commit a no-op the second time.
     */
    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof SocketException
                    || t instanceof SocketTimeoutException
                    || t instanceof UnknownHostException
                    || t instanceof EOFException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null) {
                String state = s.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("57P")
                        || state.startsWith("53")
                        || state.equals("40001")
                        || state.equals("40P01")
                        || state.equals("57014")
                        || state.equals("55P03")
                        || state.equals("25P03")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
