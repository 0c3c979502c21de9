package io.plantdesk.fleet;

import io.plantdesk.platform.settings.SettingsSection;
import java.util.Arrays;
import java.util.Map;

/**
 * The fleet screen's keys in the settings file ({@code fleet.economy.unit}): the unit each person
 * reads fuel economy in. The section's name is the feature's id, which is how the shell hands it
 * to the screen.
 */
public final class FleetSettings implements SettingsSection {

    public static final String ECONOMY_UNIT = "economy.unit";

    @Override
    public String name() {
        return "fleet";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(ECONOMY_UNIT, FuelUnit.L_PER_100_KM.name());
    }

    @Override
    public boolean valid(String key, String value) {
        return !key.equals(ECONOMY_UNIT)
                || Arrays.stream(FuelUnit.values()).anyMatch(u -> u.name().equals(value));
    }
}
