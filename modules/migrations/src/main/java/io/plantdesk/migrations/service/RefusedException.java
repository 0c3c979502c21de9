package io.plantdesk.migrations.service;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;

/** An action the tracker will not take, and why: a guard said no before anything was changed. */
public final class RefusedException extends PlantdeskException {

    /** The refusal and what to do instead (may be null), as keys of the service's bundle ({@link ServiceText}). */
    public RefusedException(Text message, Text hint) {
        super(message, hint);
    }
}
