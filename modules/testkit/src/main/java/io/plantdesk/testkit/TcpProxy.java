package io.plantdesk.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy in front of the database server whose network can be cut and restored: a real
 * outage as a floor PC sees it (open connections reset mid-statement or mid-commit, new ones
 * refused at once), not a mocked driver. Used by the outbox's property test and the bench's fault
 * harness. {@link #cut()} closes every open connection and refuses new ones until {@link #restore()}.
 */
public final class TcpProxy implements AutoCloseable {

    private final String targetHost;
    private final int targetPort;
    private final int port;
    private volatile ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean up = true;
    private volatile boolean closed;

    public TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.port = server.getLocalPort();
        ServerSocket first = server;
        Thread.ofVirtual().name("tcp-proxy-accept").start(() -> accept(first));
    }

    public int port() {
        return port;
    }

    public String host() {
        return InetAddress.getLoopbackAddress().getHostAddress();
    }

    /** The network goes away: every open connection is reset, new ones are closed on arrival. */
    public void cut() {
        up = false;
        // Nothing answers at the address any more, as on a cut network: a connect is refused
        // rather than accepted and dropped (which a TCP-level probe would take for a live server).
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        open.clear();
    }

    /** The network is back: the same port listens again. */
    public synchronized void restore() {
        if (up || closed) {
            return;
        }
        try {
            ServerSocket again = new ServerSocket();
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server = again;
            Thread.ofVirtual().name("tcp-proxy-accept").start(() -> accept(again));
        } catch (IOException e) {
            throw new UncheckedIOException("The proxy could not listen on port " + port + " again", e);
        }
        up = true;
    }

    public boolean isUp() {
        return up;
    }

    private void accept(ServerSocket listening) {
        while (!closed) {
            Socket client;
            try {
                client = listening.accept();
            } catch (IOException e) {
                return; // closed
            }
            if (!up) {
                closeQuietly(client);
                continue;
            }
            try {
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(targetHost, targetPort), 2000);
                open.add(client);
                open.add(upstream);
                Thread.ofVirtual().start(() -> pump(client, upstream));
                Thread.ofVirtual().start(() -> pump(upstream, client));
            } catch (IOException e) {
                closeQuietly(client);
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buf = new byte[16 * 1024];
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buf)) >= 0) {
                if (!up) {
                    break;
                }
                out.write(buf, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // the other side went away, or cut() closed it
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        closed = true;
        cut();
        try {
            server.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
