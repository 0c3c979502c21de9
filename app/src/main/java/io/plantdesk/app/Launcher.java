package io.plantdesk.app;

import io.plantdesk.app.cli.RootCommand;
import io.plantdesk.app.logging.LogSetup;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.tasks.FxTaskRunner;

/**
 * The entry point: no arguments start the console; any argument runs the command line
 * ({@code plantdesk migrate}, {@code info}, {@code user add}, {@code demo-data}; {@code --help}).
 * Not a JavaFX Application itself, so it starts from a plain class path.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) {
        // Before any class with a logger loads: Logback reads the log folder once, at its first use.
        AppPaths paths = AppPaths.fromEnvironment();
        LogSetup.init(paths);
        if (args.length == 0) {
            AppContext ctx = new AppContext(paths, FxTaskRunner::new);
            ctx.warmUpDemoIfLikely();
            PlantdeskApp.launch(ctx);
            // The window is closed and stop() has run; do not let a stray pool thread keep us alive.
            System.exit(0);
        }
        int code;
        try (AppContext ctx = new AppContext(paths, n -> TaskRunner.sameThread())) {
            code = RootCommand.commandLine(ctx).execute(args);
        }
        System.exit(code);
    }
}
