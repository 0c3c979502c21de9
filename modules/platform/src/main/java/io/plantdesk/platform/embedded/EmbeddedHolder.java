package io.plantdesk.platform.embedded;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.config.AppPaths;
import java.util.Optional;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Starts the embedded server the first time it is needed (not at app start: a planner on a real
 * server never pays for it) and stops it when Plantdesk exits.
 */
public final class EmbeddedHolder implements AutoCloseable, Supplier<EmbeddedServer> {

    public static final String PORT_VARIABLE = "PLANTDESK_EMBEDDED_PORT";
    /** Below 1024 a port needs privileges a desktop app does not have. */
    public static final int MIN_PORT = 1024;

    private final AppPaths paths;
    private final IntSupplier port;
    private EmbeddedServer server;

    public EmbeddedHolder(AppPaths paths, IntSupplier configuredPort) {
        this.paths = paths;
        this.port = () -> portFrom(System.getenv(PORT_VARIABLE), configuredPort.getAsInt());
    }

    /**
     * The port to use: {@code PLANTDESK_EMBEDDED_PORT} when set, else the settings' one. A value that
     * is not a port from 1024 to 65535 is refused with a sentence, never silently ignored.
     */
    public static int portFrom(String variable, int configured) {
        if (variable == null || variable.isBlank()) {
            if (configured < MIN_PORT || configured > 65535) {
                throw new PlantdeskException(
                        "The embedded database's port in Settings, " + configured + ", is not a port from " + MIN_PORT
                                + " to 65535.",
                        "Choose another port in Settings.");
            }
            return configured;
        }
        String v = variable.trim();
        if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < MIN_PORT || Integer.parseInt(v) > 65535) {
            throw new PlantdeskException(
                    PORT_VARIABLE + " is \"" + v + "\", which is not a port from " + MIN_PORT + " to 65535.",
                    "Set it to a free port such as 15432, or unset it to use the port in Settings.");
        }
        return Integer.parseInt(v);
    }

    /** The port the next start would use (the running server's own when one runs). */
    public synchronized int effectivePort() {
        return server != null ? server.port() : port.getAsInt();
    }

    @Override
    public synchronized EmbeddedServer get() {
        if (server == null) {
            server = EmbeddedServer.start(paths, port.getAsInt());
        }
        return server;
    }

    /**
     * For a long-running user ({@code rollup run --loop}, the console): when the server this process
     * uses has stopped (killed, or stopped from outside), start it again, or attach to the one
     * another Plantdesk already started again. Returns a sentence saying which, or empty when the
     * server runs (or none was started yet); throws the start's own sentence when it cannot start.
     */
    public synchronized Optional<String> reviveIfStopped() {
        if (server == null || server.serverAlive()) {
            return Optional.empty();
        }
        server.close();
        server = null;
        EmbeddedServer again = get();
        return Optional.of(
                again.attached()
                        ? "The embedded database had stopped; another Plantdesk started it again, using it on port "
                                + again.port() + "."
                        : "The embedded database had stopped; Plantdesk started it again on port " + again.port()
                                + ".");
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
