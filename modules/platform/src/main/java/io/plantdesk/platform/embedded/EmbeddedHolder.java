package io.plantdesk.platform.embedded;

import io.plantdesk.platform.config.AppPaths;
import java.util.function.IntSupplier;

/**
 * Starts the embedded server the first time it is needed (not at app start: a planner on a real
 * server never pays for it) and stops it when Plantdesk exits.
 */
public final class EmbeddedHolder implements AutoCloseable, java.util.function.Supplier<EmbeddedServer> {

    public static final String PORT_VARIABLE = "PLANTDESK_EMBEDDED_PORT";

    private final AppPaths paths;
    private final IntSupplier port;
    private EmbeddedServer server;

    public EmbeddedHolder(AppPaths paths, IntSupplier configuredPort) {
        this.paths = paths;
        this.port = () -> {
            String env = System.getenv(PORT_VARIABLE);
            if (env != null && env.matches("\\d{2,5}")) {
                return Integer.parseInt(env);
            }
            return configuredPort.getAsInt();
        };
    }

    @Override
    public synchronized EmbeddedServer get() {
        if (server == null) {
            server = EmbeddedServer.start(paths, port.getAsInt());
        }
        return server;
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
