package io.plantdesk.migrations.service;

import io.plantdesk.platform.PlantdeskException;

/** An action the tracker will not take, and why: a guard said no before anything was changed. */
public final class RefusedException extends PlantdeskException {

    public RefusedException(String message, String hint) {
        super(message, hint);
    }
}
