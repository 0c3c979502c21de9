package io.plantdesk.app;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.config.SettingsStore;
import io.plantdesk.testkit.fx.FxWait;
import io.plantdesk.ui.tasks.FxTaskRunner;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/** A Plantdesk installation of its own for a UI test class: private folders and a free embedded port. */
final class FxAppFixture {

    private FxAppFixture() {}

    /** The testkit's {@link FxWait#until}: waits for a condition evaluated on the FX thread. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        FxWait.until(condition);
    }

    /**
     * Waits for the first screen after "Try the demo plant": the class's installation creates its
     * demo plant first (about half a minute on an idle machine, several on a loaded one).
     */
    static void waitForDemo(BooleanSupplier condition) throws Exception {
        FxWait.until(300, condition);
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
