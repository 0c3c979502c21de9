package io.plantdesk.migrations.service;

import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.Migrator;
import io.plantdesk.platform.db.SslMode;
import io.plantdesk.platform.embedded.EmbeddedServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The demo plant's three environments on the embedded server, so the tracker has something to
 * show on a first launch: the demo plant itself (dev, always current), a staging database a
 * migration behind, and a production database further behind whose history and catalog were
 * changed by hand: one script edited after it ran (checksum drift) and an index added as a
 * "hotfix" (catalog drift). Created once; after that they keep whatever the person did to them.
 */
public final class DemoEnvironments {

    public static final String STAGING = "Demo staging";
    public static final String PRODUCTION = "Demo production";
    static final String STAGING_DB = "plantdesk_staging";
    static final String PRODUCTION_DB = "plantdesk_production";

    private DemoEnvironments() {}

    /** The three environments, creating staging and production the first time. */
    public static synchronized List<ConnectionProfile> ensure(EmbeddedServer server) {
        List<String> shipped = Migrator.shippedVersions();
        if (!exists(server, STAGING_DB)) {
            create(server, STAGING_DB, shipped.get(Math.max(0, shipped.size() - 2)), false);
        }
        if (!exists(server, PRODUCTION_DB)) {
            create(server, PRODUCTION_DB, shipped.get(Math.max(0, shipped.size() - 4)), true);
        }
        ConnectionProfile dev = ConnectionProfile.demo(server.port());
        return List.of(
                dev,
                new ConnectionProfile(
                        STAGING,
                        "localhost",
                        server.port(),
                        STAGING_DB,
                        "",
                        SslMode.DISABLE,
                        Environment.STAGING,
                        true),
                new ConnectionProfile(
                        PRODUCTION,
                        "localhost",
                        server.port(),
                        PRODUCTION_DB,
                        "",
                        SslMode.DISABLE,
                        Environment.PRODUCTION,
                        true));
    }

    /** Built under a temporary name and renamed when done, so a crash half-way never leaves a half-made environment. */
    private static void create(EmbeddedServer server, String name, String version, boolean handEdited) {
        String building = name + "_building";
        DataSource postgres = server.adminDataSource("postgres");
        ScratchServer.run(postgres, "drop database if exists " + building + " with (force)");
        ScratchServer.run(postgres, "create database " + building);
        DataSource db = server.adminDataSource(building);
        ScriptSet.plantdesk().configure(db).target(version).load().migrate();
        if (handEdited) {
            // V5's script "edited after it ran", and an index added by hand outside any migration.
            ScratchServer.run(
                    db,
                    "update " + Migrator.HISTORY_TABLE
                            + " set checksum = checksum + 7 where ltrim(version, '0') = '5'");
            ScratchServer.run(db, "create index person_phone_hotfix on core.person (phone)");
        }
        ScratchServer.run(postgres, "alter database " + building + " rename to " + name);
    }

    private static boolean exists(EmbeddedServer server, String name) {
        try (Connection c = server.adminDataSource("postgres").getConnection();
                PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the embedded server's databases: " + e.getMessage(), e);
        }
    }
}
