package io.plantdesk.platform.db;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AtomicFiles;
import io.plantdesk.platform.config.PropertiesFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;

/**
 * The connection profiles a person has set up on this computer, in {@code profiles.properties} of
 * the config directory. The file holds no password (there is no key for one).
 */
public final class ProfileStore {

    private final Path file;

    public ProfileStore(AppPaths paths) {
        this.file = paths.configDir().resolve("profiles.properties");
    }

    /**
     * The profiles that can be read. A damaged line or a profile with a wrong field (an unknown
     * environment, port 99999, a database name with "?" in it) is left out with a warning that names
     * the file, the line and the field; the file itself is copied beside it and never rewritten
     * here, so nothing typed is lost.
     */
    public List<ConnectionProfile> list() {
        PropertiesFile.Parsed parsed = read();
        Properties p = parsed.properties();
        List<PropertiesFile.Problem> problems = new ArrayList<>(parsed.problems());
        TreeSet<Integer> indexes = new TreeSet<>();
        for (String key : p.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            if (parts.length == 3 && parts[0].equals("profile")) {
                try {
                    indexes.add(Integer.parseInt(parts[1]));
                } catch (NumberFormatException ignored) {
                    // a hand-edited key that is not ours; leave it be
                }
            }
        }
        List<ConnectionProfile> out = new ArrayList<>();
        for (int i : indexes) {
            String k = "profile." + i + ".";
            String field = "name";
            try {
                String name = required(p, k + "name");
                field = "port";
                int port = Integer.parseInt(p.getProperty(k + "port", "5432").trim());
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("The port " + port + " is not a port from 1 to 65535.");
                }
                field = "sslmode";
                SslMode ssl = SslMode.parse(p.getProperty(k + "sslmode", "verify-full"));
                field = "environment";
                Environment env = Environment.parse(p.getProperty(k + "environment", "dev"));
                field = "host";
                out.add(new ConnectionProfile(
                        name,
                        required(p, k + "host").trim(),
                        port,
                        required(p, k + "database"),
                        p.getProperty(k + "user", ""),
                        ssl,
                        env,
                        false));
            } catch (NumberFormatException e) {
                problems.add(
                        problem(parsed, k, field, "The port \"" + p.getProperty(k + "port") + "\" is not a number."));
            } catch (IllegalArgumentException e) {
                problems.add(problem(parsed, k, field, e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            PropertiesFile.keepDamagedCopy(file, problems, "That profile is left out until it is fixed.");
        }
        out.sort(Comparator.comparing(ConnectionProfile::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("The " + key.substring(key.lastIndexOf('.') + 1) + " is missing.");
        }
        return v;
    }

    private PropertiesFile.Problem problem(PropertiesFile.Parsed parsed, String prefix, String field, String text) {
        int line = parsed.lineOf(prefix + field);
        if (line == 0) {
            line = parsed.lineOf(prefix + "name");
        }
        return new PropertiesFile.Problem(
                file, line, "profile \"" + parsed.properties().getProperty(prefix + "name", prefix) + "\": " + text);
    }

    public Optional<ConnectionProfile> find(String name) {
        return list().stream().filter(pr -> pr.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Adds or replaces (by name) a profile. */
    public void save(ConnectionProfile profile) {
        if (profile.embedded()) {
            throw new IllegalArgumentException("The embedded demo profile is built in and not stored");
        }
        List<ConnectionProfile> all = new ArrayList<>(list());
        all.removeIf(pr -> pr.name().equalsIgnoreCase(profile.name()));
        all.add(profile);
        write(all);
    }

    public void delete(String name) {
        List<ConnectionProfile> all = new ArrayList<>(list());
        all.removeIf(pr -> pr.name().equalsIgnoreCase(name));
        write(all);
    }

    private void write(List<ConnectionProfile> all) {
        Properties p = new Properties();
        int i = 0;
        for (ConnectionProfile pr : all) {
            String k = "profile." + i++ + ".";
            p.setProperty(k + "name", pr.name());
            p.setProperty(k + "host", pr.host());
            p.setProperty(k + "port", String.valueOf(pr.port()));
            p.setProperty(k + "database", pr.database());
            p.setProperty(k + "user", pr.user());
            p.setProperty(k + "sslmode", pr.sslMode().jdbcValue());
            p.setProperty(k + "environment", pr.environment().name().toLowerCase(Locale.ROOT));
        }
        AtomicFiles.writeProperties(
                file, p, "Plantdesk connection profiles (passwords live in the OS keychain, never here)");
    }

    private PropertiesFile.Parsed read() {
        try {
            return PropertiesFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
