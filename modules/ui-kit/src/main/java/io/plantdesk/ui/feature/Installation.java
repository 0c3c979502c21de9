package io.plantdesk.ui.feature;

import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.db.ProfileStore;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.util.function.Supplier;

/**
 * This computer's Plantdesk beyond the session: its connection profiles, its embedded server
 * (started on first use) and its settings. Admin screens that work across environments need it.
 */
public interface Installation {

    ProfileStore profiles();

    Supplier<EmbeddedServer> embeddedServer();

    AppSettings settings();

    void saveSettings(AppSettings settings);
}
