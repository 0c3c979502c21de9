package io.plantdesk.migrations.service;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The app's {@link EnvironmentAccess}: databases on the embedded server through its superuser's
 * private socket (the server is this computer's own), and other servers through an owner login
 * typed into the screen. Those passwords stay in this object, in memory, for the session.
 */
public final class OwnerLogins implements EnvironmentAccess {

    private final Supplier<EmbeddedServer> embedded;
    private final Map<String, DataSource> connected = new ConcurrentHashMap<>();

    public OwnerLogins(Supplier<EmbeddedServer> embedded) {
        this.embedded = embedded;
    }

    @Override
    public DataSource admin(ConnectionProfile environment) {
        if (environment.embedded()) {
            return embedded.get().adminDataSource(environment.database());
        }
        DataSource ds = connected.get(environment.name());
        if (ds == null) {
            throw new CredentialsNeededException(environment.name());
        }
        return ds;
    }

    public boolean isConnected(ConnectionProfile environment) {
        return environment.embedded() || connected.containsKey(environment.name());
    }

    /** Checks the login on the server, then keeps it for this session. */
    public void connect(ConnectionProfile environment, String user, char[] password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        // From properties, never a URL pasted from profile fields: a database name cannot switch TLS off.
        ds.setServerNames(new String[] {environment.host()});
        ds.setPortNumbers(new int[] {environment.port()});
        ds.setDatabaseName(environment.database());
        ds.setUser(user);
        ds.setPassword(new String(password));
        ds.setSslMode(environment.sslMode().jdbcValue());
        ds.setConnectTimeout(10);
        ds.setApplicationName("Plantdesk migration tracker");
        try (Connection c = ds.getConnection()) {
            c.isValid(2);
        } catch (SQLException e) {
            throw DbErrors.translate(e, environment);
        }
        connected.put(environment.name(), ds);
    }
}
