package io.plantdesk.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Reads and writes {@link AppSettings} as a small properties file in the config directory. */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(AppPaths paths) {
        this.file = paths.configDir().resolve("settings.properties");
    }

    public AppSettings load() {
        AppSettings d = AppSettings.defaults();
        if (!Files.exists(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        int port;
        try {
            port = Integer.parseInt(p.getProperty("embedded.port", String.valueOf(d.embeddedPort())).trim());
        } catch (NumberFormatException e) {
            port = d.embeddedPort();
        }
        return new AppSettings(
                p.getProperty("theme", d.theme()),
                p.getProperty("mode", d.mode()),
                port,
                p.getProperty("last.profile", ""),
                p.getProperty("last.user", ""),
                p.getProperty("migrations.scripts", ""),
                p.getProperty("migrations.history.table", ""));
    }

    public void save(AppSettings s) {
        Properties p = new Properties();
        p.setProperty("theme", s.theme());
        p.setProperty("mode", s.mode());
        p.setProperty("embedded.port", String.valueOf(s.embeddedPort()));
        p.setProperty("last.profile", s.lastProfile());
        p.setProperty("last.user", s.lastUser());
        p.setProperty("migrations.scripts", s.migrationScripts());
        p.setProperty("migrations.history.table", s.migrationHistoryTable());
        AtomicFiles.writeProperties(file, p, "Plantdesk settings (no passwords are ever stored here)");
    }
}
