package io.plantdesk.platform.settings;

import java.util.Map;

/**
 * A feature's own keys in the settings file, under its name ({@code activity.days=30}), instead
 * of fields in platform's {@code AppSettings}. Registered in
 * {@code META-INF/services/io.plantdesk.platform.settings.SettingsSection}; the feature reads and
 * writes them through {@link SectionSettings} (its {@code FeatureContext.settings()}).
 */
public interface SettingsSection {

    /** The key prefix; for a screen, its feature id. */
    String name();

    /** Every key of the section with its default; a key not listed here can be neither read nor written. */
    Map<String, String> defaults();

    /** Whether a stored value is usable; an unusable one (edited by hand, say) reads as the default. */
    default boolean valid(String key, String value) {
        return true;
    }
}
