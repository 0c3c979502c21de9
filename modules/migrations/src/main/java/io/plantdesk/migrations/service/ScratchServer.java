package io.plantdesk.migrations.service;

import io.plantdesk.platform.embedded.EmbeddedServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Where the drift report builds its throw-away databases: the embedded server by default. */
public interface ScratchServer {

    /** Creates an empty database and returns its superuser connection source. */
    DataSource create(String database);

    void drop(String database);

    static ScratchServer embedded(Supplier<EmbeddedServer> server) {
        return new ScratchServer() {
            @Override
            public DataSource create(String database) {
                run(server.get().adminDataSource("postgres"), "create database " + database);
                return server.get().adminDataSource(database);
            }

            @Override
            public void drop(String database) {
                run(server.get().adminDataSource("postgres"), "drop database if exists " + database + " with (force)");
            }
        };
    }

    /** For the names this package makes (pd_scratch_ and digits), never for typed text. */
    static void run(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
