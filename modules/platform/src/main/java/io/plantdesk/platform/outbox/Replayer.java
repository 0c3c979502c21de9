package io.plantdesk.platform.outbox;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers a person's outbox to the server, in the person's order, on one background thread (so
 * never on the FX thread, and never two deliveries of one person at once). Each action goes
 * through its type's idempotent call in the person's own session, up to {@link #BATCH} of them in
 * one server transaction; the outbox rows are removed only after that transaction's commit was
 * confirmed. While the server does
 * not answer, the head action stays and delivery is tried again with a growing, jittered pause
 * (capped, so a returning server is noticed within seconds); {@link #kick()} tries at once (a new
 * action, the connection back). A refusal sets the action aside for the Sync panel and the
 * next one goes on.
 */
public final class Replayer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);

    /** Longest pause between attempts while the server is away. */
    public static final Duration MAX_PAUSE = Duration.ofSeconds(5);

    private final Outbox outbox;
    private final ActionTypes types;
    private final ReplayContext context;
    private final Duration firstPause;
    private final RandomGenerator random;
    private final int batchSize;
    private final ScheduledExecutorService worker;
    private final List<Consumer<OutboxStatus>> listeners = new CopyOnWriteArrayList<>();
    private ScheduledFuture<?> next;
    private boolean closed;
    private int failures;
    private volatile boolean serverAnswered = true;

    /** Actions sent in one server transaction while the server answers (see {@link #deliver(List)}). */
    public static final int BATCH = 100;

    public Replayer(
            Outbox outbox, ActionTypes types, ReplayContext context, Duration firstPause, RandomGenerator random) {
        this(outbox, types, context, firstPause, random, BATCH);
    }

    /** @param batchSize actions per server transaction; 1 delivers each on its own */
    public Replayer(
            Outbox outbox,
            ActionTypes types,
            ReplayContext context,
            Duration firstPause,
            RandomGenerator random,
            int batchSize) {
        this.batchSize = batchSize;
        this.outbox = outbox;
        this.types = types;
        this.context = context;
        this.firstPause = firstPause;
        this.random = random;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "outbox-replay");
            t.setDaemon(true);
            return t;
        });
    }

    public Replayer(Outbox outbox, ActionTypes types, ReplayContext context) {
        this(outbox, types, context, Duration.ofSeconds(1), RandomGenerator.getDefault());
    }

    /** Called on the replayer's thread after every change of the outbox it made (the UI hops to its own thread). */
    public void onStatus(Consumer<OutboxStatus> listener) {
        listeners.add(listener);
    }

    /** Delivers now: after a new action, a fix in the Sync panel, or when the server answers again. */
    public synchronized void kick() {
        if (closed) {
            return;
        }
        if (next != null && !next.isDone()) {
            next.cancel(false);
        }
        next = worker.schedule(this::drain, 0, TimeUnit.MILLISECONDS);
    }

    private synchronized void retryIn(Duration pause) {
        if (!closed && (next == null || next.isDone() || next.getDelay(TimeUnit.MILLISECONDS) <= 0)) {
            next = worker.schedule(this::drain, pause.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The pause after {@code failures} unanswered attempts: doubling from the first, capped, ±20 %. */
    static Duration pause(Duration first, int failures, RandomGenerator random) {
        long ms = first.toMillis();
        for (int i = 1; i < failures && ms < MAX_PAUSE.toMillis(); i++) {
            ms *= 2;
        }
        ms = Math.min(ms, MAX_PAUSE.toMillis());
        return Duration.ofMillis((long) (ms * (0.8 + 0.4 * random.nextDouble())));
    }

    public boolean serverAnswered() {
        return serverAnswered;
    }

    private void drain() {
        try {
            while (!isClosed()) {
                List<OutboxAction> batch = outbox.pending(batchSize);
                if (batch.isEmpty()) {
                    failures = 0;
                    break;
                }
                if (!deliver(batch)) {
                    failures++;
                    publish();
                    retryIn(pause(firstPause, failures, random));
                    return;
                }
                publish();
            }
        } catch (RuntimeException e) {
            // The local file itself failed (disk, damage): nothing was lost; try again later.
            LOG.warn("The outbox {} could not be read or written", outbox.file(), e);
            failures++;
            retryIn(pause(firstPause, failures, random));
        }
        publish();
    }

    /**
     * Delivers the head of the outbox as one server transaction: each type's call joins it (Jdbi
     * hands a nested call on this thread the same handle, and a nested transaction is the outer
     * one), so a thousand waiting actions cost a few commits and round trips, not a thousand. The
     * rows leave the outbox together, after the commit was confirmed. Runs of one type go through
     * the type's {@link ActionType#deliverAll} (set-based where the type can). When an action is
     * refused the transaction is rolled back; the batch is tried again with each action on its
     * own call, which finds the refused one, and then the actions up to it go one at a time, so
     * the refusal is its own and the person's order holds.
     *
     * @return false when the server did not answer (everything stays, the head counts an attempt)
     */
    private boolean deliver(List<OutboxAction> batch) {
        return deliver(batch, true);
    }

    /**
     * @param runs true: runs of one type through {@link ActionType#deliverAll} (set-based where the
     *             type can); false: each action through its own call, which finds the refused one
     */
    private boolean deliver(List<OutboxAction> batch, boolean runs) {
        if (batch.size() == 1) {
            return deliver(batch.getFirst());
        }
        int[] refusedAt = {-1};
        try {
            context.jdbi().useTransaction(h -> {
                // Runs of one type go to the type together (its deliverAll), in order.
                for (int i = 0; i < batch.size(); ) {
                    int end = i + 1;
                    while (runs
                            && end < batch.size()
                            && batch.get(end).type().equals(batch.get(i).type())) {
                        end++;
                    }
                    Optional<ActionType> type = types.find(batch.get(i).type());
                    try {
                        if (type.isEmpty()) {
                            throw new Refused();
                        }
                        if (runs) {
                            type.get()
                                    .deliverAll(
                                            context,
                                            batch.subList(i, end).stream()
                                                    .map(a -> new ActionType.Queued(a.id(), a.payload()))
                                                    .toList());
                        } else {
                            type.get()
                                    .deliver(
                                            context,
                                            batch.get(i).id(),
                                            batch.get(i).payload());
                        }
                    } catch (RuntimeException e) {
                        if (OutboxErrors.isTransient(e)) {
                            throw e;
                        }
                        refusedAt[0] = end - 1;
                        throw e instanceof Refused r ? r : new Refused();
                    }
                    i = end;
                }
            });
        } catch (RuntimeException e) {
            if (!(e instanceof Refused) && OutboxErrors.isTransient(e)) {
                LOG.info("Outbox delivery of {} actions deferred: {}", batch.size(), e.getMessage());
                serverAnswered = false;
                outbox.countAttempt(batch.getFirst().id());
                return false;
            }
            if (runs && e instanceof Refused) {
                return deliver(batch, false); // which action of the run: each on its own call, still one transaction
            }
            // An action refused (or the commit itself, not for want of a server): one at a time up to it.
            int upTo = refusedAt[0] < 0 ? batch.size() - 1 : refusedAt[0];
            for (int i = 0; i <= upTo; i++) {
                if (!deliver(batch.get(i))) {
                    return false;
                }
            }
            return true;
        }
        serverAnswered = true;
        failures = 0;
        outbox.removeAll(batch.stream().map(OutboxAction::id).toList());
        return true;
    }

    /** Marks an action the batch could not take; never leaves {@link #deliver(List)}. */
    private static final class Refused extends RuntimeException {
        Refused() {
            super(null, null, false, false);
        }
    }

    /** @return false when the server did not answer (the action stays at the head) */
    private boolean deliver(OutboxAction a) {
        Optional<ActionType> type = types.find(a.type());
        if (type.isEmpty()) {
            outbox.reject(a.id(), Text.platform("outbox.type.unknown", a.type()));
            return true;
        }
        try {
            type.get().deliver(context, a.id(), a.payload());
        } catch (RuntimeException e) {
            if (OutboxErrors.isTransient(e)) {
                LOG.info("Outbox delivery of {} deferred: {}", a.type(), e.getMessage());
                serverAnswered = false;
                outbox.countAttempt(a.id());
                return false;
            }
            serverAnswered = true;
            PlantdeskException refusal = e instanceof PlantdeskException p
                    ? p
                    : new PlantdeskException(Text.platform("outbox.refused", String.valueOf(e.getMessage())), null, e);
            LOG.info("The server refused outbox action {} ({}): {}", a.id(), a.type(), refusal.getMessage());
            outbox.reject(a.id(), type.get().conflict(a.payload(), refusal));
            return true;
        }
        serverAnswered = true;
        failures = 0;
        outbox.remove(a.id());
        return true;
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        OutboxStatus s = outbox.status().withServerAnswered(serverAnswered);
        listeners.forEach(l -> l.accept(s));
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Stops after the delivery in progress (its outcome is still written to the outbox). */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (next != null) {
                next.cancel(false);
            }
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(30, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
        }
    }
}
