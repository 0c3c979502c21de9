package io.plantdesk.migrations.service;

import io.plantdesk.platform.embedded.EmbeddedServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.sql.DataSource;

/** Where the drift report builds its throw-away databases: the embedded server by default. */
public interface ScratchServer {

    /** Creates an empty database and returns its superuser connection source. */
    DataSource create(String database);

    void drop(String database);

    /** Scratch database names carry the process that made them, so leftovers of a dead one can be told apart. */
    static String name() {
        return "pd_scratch_" + ProcessHandle.current().pid() + "_"
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
    }

    static ScratchServer embedded(Supplier<EmbeddedServer> server) {
        return new ScratchServer() {
            @Override
            public DataSource create(String database) {
                DataSource postgres = server.get().adminDataSource("postgres");
                dropLeftovers(postgres);
                run(postgres, "create database " + database);
                return server.get().adminDataSource(database);
            }

            @Override
            public void drop(String database) {
                run(server.get().adminDataSource("postgres"), "drop database if exists " + database + " with (force)");
            }
        };
    }

    /**
     * Drops the scratch databases of processes that ended before they could (a crash mid-report);
     * those of a live process, the console beside a command say, are in use and stay.
     */
    private static void dropLeftovers(DataSource postgres) {
        List<String> leftovers = new ArrayList<>();
        try (Connection c = postgres.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("select datname from pg_database where datname like 'pd\\_scratch\\_%'")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                boolean alive = parts.length == 4
                        && parts[2].matches("\\d+")
                        && ProcessHandle.of(Long.parseLong(parts[2]))
                                .map(ProcessHandle::isAlive)
                                .orElse(false);
                if (!alive) {
                    leftovers.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the scratch databases: " + e.getMessage(), e);
        }
        leftovers.forEach(db -> run(postgres, "drop database if exists " + db + " with (force)"));
    }

    /** For the names this package makes (pd_scratch_, digits, letters), never for typed text. */
    static void run(DataSource ds, String sql) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
