package io.plantdesk.platform.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Plantdesk keeps its files. Settings and connection profiles go to the user's config
 * directory; the embedded database and the logs to the user's data directory (never a temp
 * directory, so the demo plant survives a reboot). {@code PLANTDESK_HOME} puts everything under one
 * folder instead, which tests and portable installs use.
 */
public record AppPaths(Path configDir, Path dataDir, Path logDir) {

    public static final String HOME_VARIABLE = "PLANTDESK_HOME";

    public static AppPaths fromEnvironment() {
        return of(System.getenv(), System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    /** For a given environment, OS name and home folder (public for tests of every OS on one machine). */
    public static AppPaths of(Map<String, String> env, String osName, Path userHome) {
        String home = env.get(HOME_VARIABLE);
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home).toAbsolutePath();
            return new AppPaths(
                    root.resolve("config"),
                    root.resolve("data"),
                    root.resolve("data").resolve("logs"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path config;
        Path data;
        if (os.contains("win")) {
            config = pathOr(env.get("APPDATA"), userHome.resolve("AppData").resolve("Roaming"))
                    .resolve("Plantdesk");
            data = pathOr(env.get("LOCALAPPDATA"), userHome.resolve("AppData").resolve("Local"))
                    .resolve("Plantdesk");
        } else if (os.contains("mac")) {
            Path support =
                    userHome.resolve("Library").resolve("Application Support").resolve("Plantdesk");
            config = support.resolve("config");
            data = support;
        } else {
            config = pathOr(env.get("XDG_CONFIG_HOME"), userHome.resolve(".config"))
                    .resolve("plantdesk");
            data = pathOr(env.get("XDG_DATA_HOME"), userHome.resolve(".local").resolve("share"))
                    .resolve("plantdesk");
        }
        return new AppPaths(config, data, data.resolve("logs"));
    }

    private static Path pathOr(String value, Path fallback) {
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    public Path embeddedDataDir() {
        return dataDir.resolve("pgdata");
    }

    public Path embeddedBinariesDir() {
        return dataDir.resolve("pgbin");
    }

    public Path embeddedLog() {
        return logDir.resolve("postgres.log");
    }

    public Path appLog() {
        return logDir.resolve("plantdesk.log");
    }
}
