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

    /**
     * Waits (up to 90 s: the first demo start unpacks and initialises PostgreSQL) for a condition on
     * the FX scene. The condition is evaluated on the FX thread: reading the scene graph from the
     * test thread while a pulse lays it out can corrupt JavaFX's cached bounds.
     */
    static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS, () -> {
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            return org.testfx.util.WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get();
        });
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
