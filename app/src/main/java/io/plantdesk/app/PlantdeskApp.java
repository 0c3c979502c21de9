package io.plantdesk.app;

import io.plantdesk.ui.startup.StartupClock;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: builds the composition root, shows the window, tears down on exit. */
public final class PlantdeskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PlantdeskApp.class);
    /** JavaFX creates the Application itself; the launcher hands its context over through this, once. */
    private static AppContext handedOver;

    private AppContext ctx;

    static void launch(AppContext ctx) {
        handedOver = ctx;
        Application.launch(PlantdeskApp.class);
    }

    @Override
    public void init() {
        ctx = Objects.requireNonNull(
                handedOver, "Plantdesk starts through its Launcher class (the main class of the jar)");
    }

    @Override
    public void start(Stage stage) {
        AppWindow window = new AppWindow(ctx, stage);
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            LOG.error("Uncaught exception in {}", t.getName(), e);
            Platform.runLater(() -> window.showError(e));
        });
        // The same drawing as the installers' icons (installer/icon); the OS picks the size it needs.
        for (int size : new int[] {32, 64, 256}) {
            var icon = PlantdeskApp.class.getResourceAsStream("/io/plantdesk/app/icon-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        StartupProbe.fromEnvironment().ifPresent(p -> p.attach(window));
        window.showLogin();
        stage.show();
        StartupClock.markAfterNextPulse(stage.getScene(), StartupClock.Mark.LOGIN_WINDOW);
    }

    @Override
    public void stop() {
        ctx.close();
    }
}
