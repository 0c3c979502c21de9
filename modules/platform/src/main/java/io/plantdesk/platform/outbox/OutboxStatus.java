package io.plantdesk.platform.outbox;

import java.time.Instant;
import java.util.Optional;

/**
 * What the status bar shows: actions waiting for the server, actions the server refused (waiting
 * in the Sync panel), when the oldest waiting one was recorded, and whether the last delivery
 * reached the server.
 */
public record OutboxStatus(int pending, int rejected, Instant oldestPending, boolean serverAnswered) {

    public static final OutboxStatus EMPTY = new OutboxStatus(0, 0, null, true);

    public Optional<Instant> oldest() {
        return Optional.ofNullable(oldestPending);
    }

    public OutboxStatus withServerAnswered(boolean answered) {
        return new OutboxStatus(pending, rejected, oldestPending, answered);
    }
}
