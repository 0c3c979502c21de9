package io.plantdesk.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** A person's pool and the Jdbi on top of it; closed at logout. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    public Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = jdbiFor(dataSource);
    }

    /**
     * Jdbi over a data source. Its exceptions do not render the statement and its bound values:
     * those may be password verifiers, and exceptions end up in logs (docs/security.md).
     */
    public static Jdbi jdbiFor(DataSource ds) {
        Jdbi jdbi = Jdbi.create(ds).installPlugin(new SqlObjectPlugin()).installPlugin(new PostgresPlugin());
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
