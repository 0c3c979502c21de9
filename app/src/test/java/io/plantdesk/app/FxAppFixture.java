package io.plantdesk.app;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.config.SettingsStore;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Plantdesk installation of its own for a UI test class: private folders and a free embedded port. */
final class FxAppFixture {

    private FxAppFixture() {
    }

    static AppContext newContext() throws IOException {
        Path root = Files.createTempDirectory("pd-ui");
        AppPaths paths = new AppPaths(root.resolve("config"), root.resolve("data"), root.resolve("data/logs"));
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        new SettingsStore(paths).save(AppSettings.defaults().withEmbeddedPort(port));
        return new AppContext(paths, FxTaskRunner::new);
    }
}
