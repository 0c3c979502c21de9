package io.plantdesk.maintenance.ui.backlog;

import io.plantdesk.platform.settings.SettingsSection;
import java.util.Map;

/**
 * The backlog's keys in the settings file ({@code maintenance-backlog.saved}): each person's saved
 * filters ({@link SavedFilters}). The section's name is the feature's id, which is how the shell
 * hands it to the screen.
 */
public final class BacklogSettings implements SettingsSection {

    public static final String SAVED = "saved";

    @Override
    public String name() {
        return "maintenance-backlog";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(SAVED, "");
    }
}
