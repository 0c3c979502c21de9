package io.plantdesk.platform.db;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    public List<ConnectionProfile> list() {
        Properties p = read();
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
            try {
                out.add(new ConnectionProfile(
                        p.getProperty(k + "name"),
                        p.getProperty(k + "host"),
                        Integer.parseInt(p.getProperty(k + "port", "5432")),
                        p.getProperty(k + "database"),
                        p.getProperty(k + "user", ""),
                        SslMode.parse(p.getProperty(k + "sslmode", "verify-full")),
                        Environment.parse(p.getProperty(k + "environment", "dev")),
                        false));
            } catch (RuntimeException e) {
                throw new IllegalStateException("Profile " + i + " in " + file + " is incomplete or damaged: " + e.getMessage(), e);
            }
        }
        out.sort(Comparator.comparing(ConnectionProfile::name, String.CASE_INSENSITIVE_ORDER));
        return out;
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
            p.setProperty(k + "environment", pr.environment().name().toLowerCase(java.util.Locale.ROOT));
        }
        AtomicFiles.writeProperties(file, p, "Plantdesk connection profiles (passwords live in the OS keychain, never here)");
    }

    private Properties read() {
        Properties p = new Properties();
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read " + file, e);
            }
        }
        return p;
    }
}
