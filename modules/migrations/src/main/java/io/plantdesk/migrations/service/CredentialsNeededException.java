package io.plantdesk.migrations.service;

import io.plantdesk.platform.PlantdeskException;

/** The tracker has no owner login for an environment yet. */
public final class CredentialsNeededException extends PlantdeskException {

    private final String environment;

    public CredentialsNeededException(String environment) {
        super(
                "Not connected to " + environment + ".",
                "Connect with the login that owns its schema (the one \"plantdesk migrate\" uses); it is kept in memory only.");
        this.environment = environment;
    }

    public String environment() {
        return environment;
    }
}
