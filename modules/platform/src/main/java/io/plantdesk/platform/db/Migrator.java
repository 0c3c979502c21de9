package io.plantdesk.platform.db;

import io.plantdesk.platform.PlantdeskException;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.slf4j.LoggerFactory;

/**
 * Runs Plantdesk's schema scripts (sql/, packaged under db/ in the platform jar) with Flyway, on an
 * admin connection. People's own roles never migrate.
 */
public final class Migrator {

    public static final String[] LOCATIONS = {
        "classpath:db/migrations", "classpath:db/repeatable", "classpath:db/callbacks"
    };
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");

    private Migrator() {}

    public static final String HISTORY_TABLE = "flyway_schema_history";

    public static Flyway flyway(DataSource admin) {
        return configure(admin, HISTORY_TABLE, LOCATIONS).load();
    }

    /**
     * Plantdesk's Flyway settings for any set of scripts: its own (the LOCATIONS, the default
     * history table) or a plant's own folder, which keeps its history in a table of its own.
     */
    public static FluentConfiguration configure(DataSource admin, String historyTable, String... locations) {
        FluentConfiguration config = Flyway.configure(Migrator.class.getClassLoader());
        // Flyway's default on PostgreSQL holds its advisory lock in an open transaction on a second
        // connection, and CREATE INDEX CONCURRENTLY waits for every open transaction: a script
        // declared "-- Transaction: none" then hung forever. A session-level lock does not.
        config.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return config.dataSource(new UtcSessions(admin))
                .locations(locations)
                .table(historyTable)
                .cleanDisabled(true)
                .validateMigrationNaming(true);
    }

    /**
     * Flyway's connections with their session in UTC: the history's installed_on is a timestamp
     * without zone, written in the session's zone (pgjdbc sets the JVM's), so the same row meant
     * 02:39, 07:39 or the day before depending on who migrated. In UTC it is one moment for all.
     */
    private record UtcSessions(DataSource admin) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return utc(admin.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return utc(admin.getConnection(user, password));
        }

        private static Connection utc(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("set time zone 'UTC'");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return admin.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            admin.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            admin.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return admin.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return admin.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(admin) ? iface.cast(admin) : admin.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(admin) || admin.isWrapperFor(iface);
        }
    }

    /**
     * Migrates to the newest shipped version and says how many scripts ran. A wait for a lock that
     * someone else holds (a person's unfinished change) is reported with who holds it, on the log
     * and so on the command line's stderr, instead of a silent hang.
     */
    public static MigrateResult migrate(DataSource admin) {
        var log = LoggerFactory.getLogger(Migrator.class); // a var: the JUL Logger is imported for DataSource
        try (LockWaitWatcher ignored = LockWaitWatcher.start(admin, Duration.ofSeconds(3), log::warn)) {
            return flyway(admin).migrate();
        } catch (FlywayException e) {
            // Whether anything of the failed script was kept depends on the script (one declared
            // "-- Transaction: none" keeps what ran), so this does not claim either way.
            throw new PlantdeskException(
                    "The database could not be brought up to date: " + e.getMessage(),
                    "\"plantdesk migrations status\" and \"validate\" show what was applied. Send the log to IT.",
                    e);
        }
    }

    /** The newest migration version in this build, e.g. "5". */
    public static String shippedVersion() {
        return shippedVersions().stream()
                .reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No migrations are packaged in this build"));
    }

    /** Versions of the packaged V scripts, oldest first. */
    public static List<String> shippedVersions() {
        Path dir = packagedDir("db/migrations");
        if (dir == null) {
            return List.of();
        }
        try {
            return versionsIn(dir);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list the packaged migrations at " + dir, e);
        }
    }

    /** A folder of scripts packaged with this build (e.g. "db/rollback"), readable as a Path; null when absent. */
    public static synchronized Path packagedDir(String resource) {
        URL url = Migrator.class.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return fs.provider().getPath(uri);
            }
            return Path.of(uri);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot open the packaged scripts at " + url, e);
        }
    }

    private static List<String> versionsIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> VERSIONED.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1).replace('_', '.'))
                    .sorted(Comparator.comparing(Migrator::versionKey, Migrator::compareKeys))
                    .map(Migrator::normalize)
                    .toList();
        }
    }

    /** Compares "5" and "12" and "1.2" as numbers, part by part. */
    public static int compareVersions(String a, String b) {
        return compareKeys(versionKey(a), versionKey(b));
    }

    /** "005" and "5" are the same version; shown without leading zeros. */
    public static String normalize(String v) {
        return v.replaceFirst("^0+(?=\\d)", "");
    }

    private static long[] versionKey(String v) {
        String[] parts = v.split("\\.");
        long[] key = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            key[i] = Long.parseLong(parts[i]);
        }
        return key;
    }

    private static int compareKeys(long[] a, long[] b) {
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? a[i] : 0;
            long y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
