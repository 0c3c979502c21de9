package io.plantdesk.platform.outbox;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import java.util.List;
import java.util.UUID;

/**
 * A kind of floor action that goes through the outbox: a contribution point (ServiceLoader,
 * listed in {@code META-INF/services/io.plantdesk.platform.outbox.ActionType}). Each type
 * declares its payload, its idempotent server call and how a refusal reads.
 */
public interface ActionType {

    /**
     * The name stored with each queued action, {@code <feature>.<action>} (e.g.
     * {@code maintenance.change_status}). Never rename one: actions queued by an older build find
     * their type by it.
     */
    String name();

    /** The payload's fields, in the order the Sync panel shows them, and which of them a person may fix. */
    List<PayloadField> fields();

    /** What the action is, in plant words (never ids), for the Sync panel's list. */
    Text describe(ActionPayload payload);

    /**
     * Delivers the action: one server transaction in the person's own login (under RLS), keyed by
     * {@code clientId}. A second delivery of the same key must do nothing and return normally (the
     * first commit may have happened before the answer was lost). Returns only once the server's
     * commit is confirmed. A refusal is a {@link PlantdeskException} with the server's reason.
     */
    void deliver(ReplayContext context, UUID clientId, ActionPayload payload);

    /**
     * Delivers several actions of this type, in the person's order, inside the replayer's open
     * server transaction (a nested Jdbi transaction on the same thread joins it). One by one by
     * default; a type whose actions are many and simple (labour entries) may send them in a
     * few set-based statements, keeping each one's idempotency by its client id. Any refusal
     * throws, the replayer rolls the batch back and delivers these one at a time through
     * {@link #deliver}, so each refusal gets its own reason.
     */
    default void deliverAll(ReplayContext context, List<Queued> actions) {
        for (Queued a : actions) {
            deliver(context, a.clientId(), a.payload());
        }
    }

    /** One action of a {@link #deliverAll} run. */
    record Queued(UUID clientId, ActionPayload payload) {}

    /** How the server's refusal of this action reads in the Sync panel; the server's sentence by default. */
    default Text conflict(ActionPayload payload, PlantdeskException refusal) {
        return refusal.messageText().orElseGet(() -> Text.platform("outbox.refused", refusal.getMessage()));
    }

    /**
     * One field of a payload.
     *
     * @param label    the field's name for people
     * @param editable whether the Sync panel lets the person change it before a resend
     */
    record PayloadField(String key, Text label, boolean editable) {}
}
