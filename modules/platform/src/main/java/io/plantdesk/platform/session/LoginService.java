package io.plantdesk.platform.session;

import com.zaxxer.hikari.HikariDataSource;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Database;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.db.SchemaStatus;
import io.plantdesk.platform.people.PersonDao;
import io.plantdesk.platform.people.PersonRow;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.jdbi.v3.core.JdbiException;

/**
 * Logs a person in as their own PostgreSQL role: opens their pool, checks that the server's schema
 * serves this build (the one it was made for, or a newer one that still serves it: see
 * {@link SchemaStatus}), and finds who they are and which plant they belong to.
 */
public final class LoginService {

    public Session login(ConnectionProfile profile, String user, char[] password) {
        if (user == null || user.isBlank()) {
            throw new PlantdeskException("Enter your user name.", null);
        }
        if (password == null || password.length == 0) {
            throw new PlantdeskException("Enter your password.", null);
        }
        HikariDataSource ds = Pools.open(profile, user.trim(), password);
        Database db = new Database(ds);
        try {
            String server = serverVersion(db, profile);
            SchemaStatus status = new SchemaStatus(
                    server, Migrator.shippedVersion(), server == null ? null : oldestClient(db, profile));
            if (!status.usable()) {
                throw new SchemaMismatchException(status);
            }
            return db.jdbi().withExtension(PersonDao.class, dao -> {
                PersonRow me = dao.me()
                        .orElseThrow(() -> new PlantdeskException(
                                "\"" + user.trim() + "\" is not an active person of any plant in this database.",
                                "Ask an admin of your plant to add or reactivate you."));
                String tenant = dao.tenantName().orElse("?");
                return new Session(profile.withUser(user.trim()), me.toPerson(), tenant, db, status.server());
            });
        } catch (JdbiException e) {
            db.close();
            throw DbErrors.translate(e, profile);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Checks a password by opening one plain connection with it (before a password change). */
    public void verifyPassword(ConnectionProfile profile, String user, char[] password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", new String(password));
        props.setProperty("sslmode", profile.sslMode().jdbcValue());
        props.setProperty("connectTimeout", "5");
        try (Connection c = DriverManager.getConnection(profile.jdbcUrl(), props)) {
            c.isValid(2);
        } catch (SQLException e) {
            throw DbErrors.translate(e, profile);
        }
    }

    /** The server's schema version, or null when it has no Plantdesk schema at all. */
    private static String serverVersion(Database db, ConnectionProfile profile) {
        try {
            return db.jdbi()
                    .withExtension(PersonDao.class, PersonDao::schemaVersion)
                    .map(Migrator::normalize)
                    .orElse(null);
        } catch (JdbiException e) {
            Optional<SQLException> sql = sqlCause(e);
            String state = sql.map(SQLException::getSQLState).orElse("");
            if (state.equals("3F000") || state.equals("42883")) {
                return null;
            }
            throw DbErrors.translate(e, profile);
        }
    }

    /** The oldest client the server serves, or null when its schema predates core.schema_compat. */
    private static String oldestClient(Database db, ConnectionProfile profile) {
        try {
            return db.jdbi()
                    .withExtension(PersonDao.class, PersonDao::oldestClient)
                    .map(Migrator::normalize)
                    .orElse(null);
        } catch (JdbiException e) {
            if (sqlCause(e).map(SQLException::getSQLState).orElse("").equals("42883")) {
                return null;
            }
            throw DbErrors.translate(e, profile);
        }
    }

    private static Optional<SQLException> sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
