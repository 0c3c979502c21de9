package io.plantdesk.platform.settings;

import io.plantdesk.platform.config.SettingsStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values of one feature's section of the settings file. {@link #get} reads what was loaded;
 * {@link #put} writes the file, so call it off the FX thread (the task runner).
 */
public final class SectionSettings {

    private final SettingsSection section;
    private final SettingsStore store;
    private final Map<String, String> values;

    private SectionSettings(SettingsSection section, SettingsStore store, Map<String, String> values) {
        this.section = section;
        this.store = store;
        this.values = new ConcurrentHashMap<>(values);
    }

    /** Reads the section's keys from the file (blocking; the shell does it at login, off the FX thread). */
    public static SectionSettings load(SettingsSection section, SettingsStore store) {
        return new SectionSettings(section, store, store.section(section.name()));
    }

    /** For a feature that registered no section: every get and put names the missing key. */
    public static SectionSettings none(String feature) {
        SettingsSection empty = new SettingsSection() {
            @Override
            public String name() {
                return feature;
            }

            @Override
            public Map<String, String> defaults() {
                return Map.of();
            }
        };
        return new SectionSettings(empty, null, Map.of());
    }

    public String get(String key) {
        String def = declared(key);
        return Optional.ofNullable(values.get(key))
                .filter(v -> section.valid(key, v))
                .orElse(def);
    }

    public int getInt(String key) {
        try {
            return Integer.parseInt(get(key).trim());
        } catch (NumberFormatException e) {
            return Integer.parseInt(declared(key));
        }
    }

    /** Stores a value (writes the file: not on the FX thread). */
    public void put(String key, String value) {
        declared(key);
        if (!section.valid(key, value)) {
            throw new IllegalArgumentException("\"" + value + "\" is not a valid " + section.name() + "." + key);
        }
        values.put(key, value);
        store.saveSectionValue(section.name(), key, value);
    }

    private String declared(String key) {
        String def = section.defaults().get(key);
        if (def == null) {
            throw new IllegalArgumentException(
                    "The settings section \"" + section.name() + "\" declares no key \"" + key + "\".");
        }
        return def;
    }
}
