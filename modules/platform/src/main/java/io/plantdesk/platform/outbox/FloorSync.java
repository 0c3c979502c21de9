package io.plantdesk.platform.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * A logged-in person's outbox and its replayer, as the shell holds them for the session. The
 * file is opened on a background thread ({@link #start}), so the login never waits on the disk;
 * {@link #outbox()} is for background tasks only and waits for that opening (a damaged file
 * throws its sentence there, and on every later call, rather than being replaced).
 */
public final class FloorSync implements AutoCloseable {

    private final ActionTypes types;
    private final CompletableFuture<Parts> parts;
    /** What the shell's one-second probe last found: while false, floor actions queue without first trying the server. */
    private volatile boolean reachable = true;

    private record Parts(Outbox outbox, Replayer replayer) {}

    private FloorSync(ActionTypes types, CompletableFuture<Parts> parts) {
        this.types = types;
        this.parts = parts;
    }

    /** Opens the person's outbox under {@code dataDir} and starts delivering it through {@code jdbi} (their session). */
    public static FloorSync start(Path dataDir, Jdbi jdbi, UUID personId, Clock clock) {
        ActionTypes types = ActionTypes.discover();
        CompletableFuture<Parts> f = new CompletableFuture<>();
        FloorSync sync = new FloorSync(types, f);
        Thread.ofPlatform().daemon().name("outbox-open").start(() -> {
            try {
                Outbox o = Outbox.open(dataDir, personId, clock);
                Replayer r = new Replayer(o, types, new ReplayContext(jdbi, clock, personId));
                f.complete(new Parts(o, r));
                r.kick();
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return sync;
    }

    public ActionTypes types() {
        return types;
    }

    /** The outbox, once open: call from a background task only. */
    public Outbox outbox() {
        return join().outbox();
    }

    /** The replayer, once open: call from a background task only. */
    public Replayer replayer() {
        return join().replayer();
    }

    /**
     * A floor action from a screen that wants the server's answer while it answers (the scan
     * station's "already scanned"), and keeps working when it does not. Straight to the server
     * when nothing waits in the outbox and the last delivery got an answer; otherwise, or when
     * the direct call gets no answer, the action is written to the outbox under the same key
     * (the server may have committed the direct call: the replay is then a no-op) and goes
     * behind the ones waiting, in the person's order. A refusal is thrown as it came. For
     * background tasks only.
     *
     * @return the server's answer, or empty when the action was queued (durable on this computer)
     */
    public <T> Optional<T> sendOrQueue(UUID key, String type, ActionPayload payload, Supplier<T> direct) {
        Parts p = join();
        types.require(type);
        if (reachable && p.replayer().serverAnswered() && p.outbox().status().pending() == 0) {
            try {
                return Optional.of(direct.get());
            } catch (RuntimeException e) {
                if (!OutboxErrors.isTransient(e)) {
                    throw e;
                }
            }
        }
        p.outbox().append(key, type, payload);
        p.replayer().kick();
        return Optional.empty();
    }

    /** The floor screens' reference data, kept beside the outbox: for background tasks only. */
    public ReferenceCache cache() {
        return join().outbox().cache();
    }

    /**
     * Whether a failure means the server could not be asked or could not answer (rather than
     * that it refused): a screen then shows what it has cached, marked with its time.
     */
    public static boolean serverAway(Throwable e) {
        return OutboxErrors.isTransient(e);
    }

    /** Waits for the file to open, then counts what waits. For the status bar's one-second tick (a background task). */
    public OutboxStatus status() {
        Parts p = join();
        return p.outbox().status().withServerAnswered(p.replayer().serverAnswered());
    }

    /**
     * The shell's probe found the server gone (false) or back (true, and delivery starts at once).
     * While it is gone a scan does not first wait out a connect timeout before it is queued.
     */
    public void reachable(boolean answers) {
        reachable = answers;
        if (answers) {
            kick();
        }
    }

    /** Delivers now, when open (the server answers again; a fix was resent). Never waits. */
    public void kick() {
        parts.thenAccept(p -> p.replayer().kick());
    }

    private Parts join() {
        try {
            return parts.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * Stops delivering and closes the file, on a thread of its own: the delivery in progress may
     * take a moment to finish, and the caller (the shell at logout) must not wait for it. Stopping
     * anywhere is safe: an action whose commit was not yet confirmed stays and is sent again.
     */
    @Override
    public void close() {
        Thread.ofPlatform()
                .daemon()
                .name("outbox-close")
                .start(() -> parts.thenAccept(p -> {
                    p.replayer().close();
                    p.outbox().close();
                }));
    }
}
