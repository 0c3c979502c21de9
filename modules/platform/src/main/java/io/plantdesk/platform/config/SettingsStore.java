package io.plantdesk.platform.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link AppSettings} as a small properties file in the config directory. A
 * damaged file never stops Plantdesk (not even {@code --help}): what can be read is kept, the rest
 * takes its default, each problem names the file and the line, and the damaged file is copied
 * beside it before the next save replaces it.
 *
 * <p>The features' own sections live in the same file ({@code <feature>.<key>}); each write keeps
 * the keys it does not own. Synchronized: the shell and a feature may save from different threads.
 */
public final class SettingsStore {

    private final Path file;
    private volatile List<PropertiesFile.Problem> problems = List.of();

    public SettingsStore(AppPaths paths) {
        this.file = paths.configDir().resolve("settings.properties");
    }

    public Path file() {
        return file;
    }

    /** What the last {@link #load()} could not read (empty when the file was fine). */
    public List<PropertiesFile.Problem> problems() {
        return problems;
    }

    public synchronized AppSettings load() {
        AppSettings d = AppSettings.defaults();
        PropertiesFile.Parsed parsed;
        try {
            parsed = PropertiesFile.read(file);
        } catch (IOException e) {
            problems = List.of(new PropertiesFile.Problem(file, 0, "the file cannot be read (" + e.getMessage() + ")"));
            LoggerFactory.getLogger(SettingsStore.class)
                    .warn("{}; Plantdesk uses its default settings", problems.getFirst());
            return d;
        }
        Properties p = parsed.properties();
        List<PropertiesFile.Problem> found = new ArrayList<>(parsed.problems());
        String theme = choice(parsed, "theme", Set.of("light", "dark"), d.theme(), found);
        String mode = choice(parsed, "mode", Set.of("desk", "floor"), d.mode(), found);
        int port = d.embeddedPort();
        String portText = p.getProperty("embedded.port");
        if (portText != null) {
            try {
                port = Integer.parseInt(portText.trim());
                if (port < 1024 || port > 65535) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                port = d.embeddedPort();
                found.add(new PropertiesFile.Problem(
                        file,
                        parsed.lineOf("embedded.port"),
                        "embedded.port \"" + portText.trim() + "\" is not a port from 1024 to 65535; " + port
                                + " is used"));
            }
        }
        problems = List.copyOf(found);
        if (!found.isEmpty()) {
            PropertiesFile.keepDamagedCopy(file, found, "Plantdesk goes on with the default for it.");
        }
        return new AppSettings(
                theme,
                mode,
                port,
                p.getProperty("last.profile", ""),
                p.getProperty("last.user", ""),
                p.getProperty("migrations.scripts", ""),
                p.getProperty("migrations.history.table", ""));
    }

    private String choice(
            PropertiesFile.Parsed parsed,
            String key,
            Set<String> allowed,
            String fallback,
            List<PropertiesFile.Problem> found) {
        String v = parsed.properties().getProperty(key);
        if (v == null) {
            return fallback;
        }
        if (!allowed.contains(v.trim())) {
            found.add(new PropertiesFile.Problem(
                    file,
                    parsed.lineOf(key),
                    key + " \"" + v.trim() + "\" is not one of "
                            + String.join(", ", allowed.stream().sorted().toList()) + "; " + fallback + " is used"));
            return fallback;
        }
        return v.trim();
    }

    /** The file's properties as they are now, damaged lines left out (never throws for a bad file). */
    private Properties read() {
        try {
            return PropertiesFile.read(file).properties();
        } catch (IOException e) {
            return new Properties();
        }
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
