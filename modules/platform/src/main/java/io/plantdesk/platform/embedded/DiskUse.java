package io.plantdesk.platform.embedded;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What takes the embedded server's disk, in one sentence for the low-disk warning: the largest
 * databases, the large objects in each (a login filling the disk with lo_from_bytea was the
 * probe's way) and the temporary files written since the statistics were reset. Read as the
 * superuser through the private socket; nothing here is shown to people's logins.
 */
final class DiskUse {

    private static final long MB = 1024L * 1024;

    private DiskUse() {}

    static String describe(Function<String, DataSource> adminDataSource) throws SQLException {
        List<String> parts = new ArrayList<>();
        List<String> databases = new ArrayList<>();
        try (Connection c = adminDataSource.apply("postgres").getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select datname, pg_database_size(oid), coalesce((select temp_bytes from pg_stat_database d "
                                + "where d.datid = db.oid), 0) from pg_database db where datallowconn order by 2 desc")) {
            List<String> sizes = new ArrayList<>();
            long temp = 0;
            while (rs.next()) {
                databases.add(rs.getString(1));
                if (sizes.size() < 3) {
                    sizes.add(rs.getString(1) + " " + rs.getLong(2) / MB + " MB");
                }
                temp += rs.getLong(3);
            }
            parts.add("largest databases: " + String.join(", ", sizes));
            if (temp >= MB) {
                parts.add("temporary files written since the last reset: " + temp / MB + " MB");
            }
        }
        for (String db : databases) {
            try (Connection c = adminDataSource.apply(db).getConnection();
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery(
                            "select count(*), pg_total_relation_size('pg_largeobject') from pg_largeobject_metadata")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    parts.add("large objects in " + db + ": " + rs.getLong(1) + " (" + rs.getLong(2) / MB + " MB)");
                }
            }
        }
        return "What takes the space: " + String.join("; ", parts) + ".";
    }
}
