package io.plantdesk.app;

import io.plantdesk.app.cli.RootCommand;
import io.plantdesk.app.logging.LogSetup;
import io.plantdesk.platform.config.AppPaths;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * The entry point: no arguments start the console; any argument runs the command line
 * ({@code plantdesk migrate}, {@code info}, {@code user add}, {@code demo-data}; {@code --help}).
 * Not a JavaFX Application itself, so it starts from a plain class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(PlantdeskApp.class);
            return;
        }
        AppPaths paths = AppPaths.fromEnvironment();
        LogSetup.init(paths);
        int code;
        try (AppContext ctx = new AppContext(paths, n -> io.plantdesk.platform.tasks.TaskRunner.sameThread())) {
            code = RootCommand.commandLine(ctx).execute(args);
        }
        System.exit(code);
    }
}
