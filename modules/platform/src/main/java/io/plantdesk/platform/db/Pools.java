package io.plantdesk.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The connection pool of one logged-in person. Small on purpose: a desktop client needs a few
 * connections, and a plant has many desktops sharing one server.
 */
public final class Pools {

    /** A floor PC on flaky Wi-Fi must fail fast rather than hang the person's action. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A query stuck on a dead network is cut off; rollups and imports set their own limits. */
    static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(60);
    /** Below typical NAT and firewall idle cut-offs (often 5 to 15 minutes). */
    static final Duration KEEPALIVE = Duration.ofMinutes(2);
    /** Rotates connections well before server or proxy limits and picks up role changes. */
    static final Duration MAX_LIFETIME = Duration.ofMinutes(25);

    public static final int MAX_SIZE = 4;

    private Pools() {}

    /**
     * Opens a pool and one connection at once, so a wrong password or an unreachable server is
     * reported now, by {@link DbErrors}, and not at the first query.
     */
    public static HikariDataSource open(ConnectionProfile profile, String user, char[] password) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("plantdesk-" + user);
        // Built from properties, never a URL pasted together from profile fields (docs/security.md).
        PGSimpleDataSource ds = profile.dataSource();
        ds.setConnectTimeout((int) CONNECT_TIMEOUT.toSeconds());
        ds.setSocketTimeout((int) SOCKET_TIMEOUT.toSeconds());
        ds.setTcpKeepAlive(true);
        ds.setApplicationName("Plantdesk");
        c.setDataSource(ds);
        c.setUsername(user);
        c.setPassword(new String(password));
        c.setMaximumPoolSize(MAX_SIZE);
        c.setMinimumIdle(1);
        c.setConnectionTimeout(CONNECT_TIMEOUT.toMillis() + 1000);
        c.setValidationTimeout(CONNECT_TIMEOUT.toMillis());
        c.setKeepaliveTime(KEEPALIVE.toMillis());
        c.setMaxLifetime(MAX_LIFETIME.toMillis());
        c.setIdleTimeout(Duration.ofMinutes(10).toMillis());
        c.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(c);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof SQLException sql) {
                throw DbErrors.translate(sql, profile);
            }
            throw DbErrors.unreachable(profile, cause);
        }
    }

    /**
     * A short-lived pool over an admin data source, for set-up work that makes many small calls
     * (Flyway, seeding): reusing a few connections instead of starting a server backend for
     * each call. Close it when the work is done.
     */
    public static HikariDataSource reusing(DataSource admin, String name) {
        HikariConfig c = new HikariConfig();
        c.setPoolName(name);
        c.setDataSource(admin);
        c.setMaximumPoolSize(4); // Flyway holds up to three at once (history lock, schema, script)
        c.setMinimumIdle(0);
        c.setConnectionTimeout(CONNECT_TIMEOUT.toMillis() + 1000);
        c.setInitializationFailTimeout(-1);
        return new HikariDataSource(c);
    }
}
