package io.plantdesk.activity;

import io.plantdesk.platform.settings.SettingsSection;
import java.util.Map;
import java.util.Set;

/** The Activity dashboard's keys in the settings file: the range of days last picked ({@code activity.days}). */
public final class ActivitySettings implements SettingsSection {

    public static final String DAYS = "days";
    /** The ranges the dashboard offers. */
    public static final Set<Integer> RANGES = Set.of(7, 30, 90);

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(DAYS, "30");
    }

    @Override
    public boolean valid(String key, String value) {
        try {
            return !DAYS.equals(key) || RANGES.contains(Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
