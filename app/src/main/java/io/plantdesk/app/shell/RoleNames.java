package io.plantdesk.app.shell;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.ui.i18n.Messages;
import javafx.util.StringConverter;

/** Shows a role by its name in the person's language wherever a role is picked. */
public final class RoleNames extends StringConverter<AppRole> {

    private final Messages m;

    public RoleNames(Messages m) {
        this.m = m;
    }

    @Override
    public String toString(AppRole r) {
        return r == null ? "" : m.get("role." + r.dbValue());
    }

    @Override
    public AppRole fromString(String s) {
        return null; // roles are picked from a list, never typed
    }
}
