package io.plantdesk.app;

import io.plantdesk.app.logging.LogSetup;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.ui.tasks.FxTaskRunner;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the composition root, shows the window, tears down on exit. */
public final class PlantdeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PlantdeskApp.class);
    private AppContext ctx;

    @Override
    public void init() {
        AppPaths paths = AppPaths.fromEnvironment();
        LogSetup.init(paths);
        ctx = new AppContext(paths, FxTaskRunner::new);
    }

    @Override
    public void start(Stage stage) {
        AppWindow window = new AppWindow(ctx, stage);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LOG.error("Uncaught exception in {}", t.getName(), e);
            Platform.runLater(() -> window.showError(e));
        });
        var icon = PlantdeskApp.class.getResourceAsStream("/io/plantdesk/app/icon-256.png");
        if (icon != null) {
            stage.getIcons().add(new Image(icon));
        }
        window.showLogin();
        stage.show();
        LOG.info("Plantdesk window shown");
    }

    @Override
    public void stop() {
        ctx.close();
    }
}
