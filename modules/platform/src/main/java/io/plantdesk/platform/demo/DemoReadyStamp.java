package io.plantdesk.platform.demo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;

/**
 * Remembers, in a file beside the embedded server's data, that this exact build made the demo plant
 * ready on this exact database, so that later starts skip Flyway's check of every script and every
 * seed's look for what is missing: together most of a second of each start, while "Try the demo
 * plant" waited. The stamp holds the build (the jars holding the scripts and the seeds, by path, size
 * and time) and the database (its cluster's identifier and the migration history's length and last
 * rank). Any upgrade, migration, rollback or new cluster changes one of them, and the full check runs
 * again. Run from class folders (tests, an IDE), there is no stamp: the full check runs every time.
 */
final class DemoReadyStamp {

    static final String FILE = "demo-ready.stamp";

    private final Path file;
    private final Optional<String> build;

    DemoReadyStamp(Path file, Optional<String> build) {
        this.file = file;
        this.build = build;
    }

    /** This build's fingerprint: where the given classes were loaded from, when all are jars. */
    static Optional<String> buildOf(List<Class<?>> classes) {
        StringBuilder text = new StringBuilder();
        try {
            for (Class<?> c : classes) {
                CodeSource source = c.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return Optional.empty();
                }
                Path jar = Path.of(source.getLocation().toURI());
                if (!Files.isRegularFile(jar)) {
                    return Optional.empty(); // class folders change without their folder changing
                }
                text.append(jar.toAbsolutePath())
                        .append(' ')
                        .append(Files.size(jar))
                        .append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis())
                        .append('\n');
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(sha256(text.toString()));
    }

    /** The database as the stamp knows it; empty where it has no migration history yet. */
    static Optional<String> databaseOf(DataSource admin) {
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select (select system_identifier from pg_control_system()), count(*),"
                        + " coalesce(max(installed_rank), 0) from flyway_schema_history")) {
            r.next();
            return Optional.of(r.getLong(1) + " " + r.getLong(2) + " " + r.getLong(3));
        } catch (SQLException e) {
            return Optional.empty(); // a new database: no history table yet
        }
    }

    /** True when this build already made this database ready, as it is now. */
    boolean isCurrent(Optional<String> database) {
        if (build.isEmpty() || database.isEmpty() || !Files.isRegularFile(file)) {
            return false;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8).equals(text(database.get()));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the demo is ready on the database as it is now. */
    void write(Optional<String> database) {
        if (build.isEmpty() || database.isEmpty()) {
            return;
        }
        try {
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, text(database.get()), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Only a start's speed depends on it: the next start checks everything again.
            LoggerFactory.getLogger(DemoReadyStamp.class).debug("Could not write {}", file, e);
        }
    }

    /** Forgets the stamp (a failed check, or data the next start must look at again). */
    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LoggerFactory.getLogger(DemoReadyStamp.class).debug("Could not delete {}", file, e);
        }
    }

    private String text(String database) {
        return "build " + build.orElseThrow() + "\ndatabase " + database + "\n";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
