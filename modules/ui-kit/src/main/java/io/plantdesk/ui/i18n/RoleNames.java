package io.plantdesk.ui.i18n;

import io.plantdesk.platform.people.AppRole;
import javafx.util.StringConverter;

/**
 * A role by its name in the person's language, wherever a role is shown or picked: one set of
 * names (ui-kit's bundle) for every screen, so that a role reads the same everywhere.
 */
public final class RoleNames extends StringConverter<AppRole> {

    private final Messages m = Messages.of("io.plantdesk.ui.messages", RoleNames.class);

    @Override
    public String toString(AppRole r) {
        return r == null ? "" : m.get("role." + r.dbValue());
    }

    @Override
    public AppRole fromString(String s) {
        return null; // roles are picked from a list, never typed
    }
}
