package io.plantdesk.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads and writes {@link AppSettings} as a small properties file in the config directory, and
 * the features' own sections of the same file ({@code <feature>.<key>}); each write keeps the keys
 * it does not own. Synchronized: the shell and a feature may save from different threads.
 */
public final class SettingsStore {

    private final Path file;

    public SettingsStore(AppPaths paths) {
        this.file = paths.configDir().resolve("settings.properties");
    }

    public synchronized AppSettings load() {
        AppSettings d = AppSettings.defaults();
        if (!Files.exists(file)) {
            return d;
        }
        Properties p = read();
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

    private Properties read() {
        Properties p = new Properties();
        if (!Files.exists(file)) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
        return p;
    }

    /** The keys under {@code prefix.} (without it), e.g. "days" for "activity.days". */
    public synchronized Map<String, String> section(String prefix) {
        Map<String, String> out = new TreeMap<>();
        read().forEach((k, v) -> {
            if (k.toString().startsWith(prefix + ".")) {
                out.put(k.toString().substring(prefix.length() + 1), v.toString());
            }
        });
        return out;
    }

    /** Writes one key of a feature's section, keeping every other key of the file. */
    public synchronized void saveSectionValue(String prefix, String key, String value) {
        Properties p = read();
        p.setProperty(prefix + "." + key, value);
        AtomicFiles.writeProperties(file, p, "Plantdesk settings (no passwords are ever stored here)");
    }

    public synchronized void save(AppSettings s) {
        Properties p = read(); // the features' sections stay as they are
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
