package io.plantdesk.platform.people;

import io.plantdesk.platform.PlantdeskException;

/** An optimistic-locking conflict: the row changed since the person read it. */
public final class StaleDataException extends PlantdeskException {

    public StaleDataException(String what) {
        super(
                what + " was changed by someone else since you opened it.",
                "Reload to see their change; what you typed is kept so you can apply it again.");
    }
}
