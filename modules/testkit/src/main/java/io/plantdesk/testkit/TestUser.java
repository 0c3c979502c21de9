package io.plantdesk.testkit;

import io.plantdesk.platform.people.AppRole;
import java.util.UUID;

/** A person created for a test, with their own login role and password. */
public record TestUser(UUID tenantId, UUID personId, String login, String password, AppRole role) {

    public char[] passwordChars() {
        return password.toCharArray();
    }
}
