package io.plantdesk.platform.outbox;

import io.plantdesk.platform.Text;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One floor action in the outbox.
 *
 * @param id       the client-made UUIDv7: the server's idempotency key, the same on every delivery
 * @param seq      its place in the person's order (a resent action goes to the end)
 * @param attempts deliveries that did not get an answer (server away)
 * @param reason   why the server refused it, while {@code state} is REJECTED
 */
public record OutboxAction(
        UUID id,
        long seq,
        UUID personId,
        String type,
        ActionPayload payload,
        Instant createdAt,
        State state,
        int attempts,
        Text reason) {

    /** PENDING waits for the server; REJECTED waits for the person in the Sync panel. */
    public enum State {
        PENDING,
        REJECTED
    }

    public Optional<Text> refusal() {
        return Optional.ofNullable(reason);
    }
}
