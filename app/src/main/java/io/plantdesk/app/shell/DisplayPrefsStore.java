package io.plantdesk.app.shell;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * Keeps {@link DisplayPrefs} in display.properties beside the settings: the window's place belongs
 * to this computer's screen, not to the person's preferences. A damaged file gives the defaults.
 */
public final class DisplayPrefsStore {

    private final Path file;

    public DisplayPrefsStore(AppPaths paths) {
        this.file = paths.configDir().resolve("display.properties");
    }

    public DisplayPrefs load() {
        DisplayPrefs d = DisplayPrefs.defaults();
        if (!Files.exists(file)) {
            return d;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LoggerFactory.getLogger(DisplayPrefsStore.class).warn("Ignoring unreadable {}", file, e);
            return d;
        }
        return new DisplayPrefs(
                num(p, "window.x"),
                num(p, "window.y"),
                num(p, "window.width"),
                num(p, "window.height"),
                Boolean.parseBoolean(p.getProperty("window.maximized", "false")),
                Boolean.parseBoolean(p.getProperty("kiosk", "false")),
                p.getProperty("kiosk.screen", ""));
    }

    public void save(DisplayPrefs s) {
        Properties p = new Properties();
        if (s.hasBounds()) {
            p.setProperty("window.x", String.valueOf(s.x()));
            p.setProperty("window.y", String.valueOf(s.y()));
            p.setProperty("window.width", String.valueOf(s.width()));
            p.setProperty("window.height", String.valueOf(s.height()));
        }
        p.setProperty("window.maximized", String.valueOf(s.maximized()));
        p.setProperty("kiosk", String.valueOf(s.kiosk()));
        p.setProperty("kiosk.screen", s.kioskScreen());
        AtomicFiles.writeProperties(file, p, "Plantdesk window and kiosk settings of this computer");
    }

    private static double num(Properties p, String key) {
        try {
            String v = p.getProperty(key);
            return v == null ? Double.NaN : Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
