package io.plantdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * {@code --explain}: the fleet screen's reads with their plans as they ran (EXPLAIN ANALYZE with
 * buffers, nested statements too, so the statements inside the SECURITY DEFINER figure functions
 * show), as the planner's own login under RLS. auto_explain is loaded into an installer's session
 * that then becomes the planner ({@code SET SESSION AUTHORIZATION}, so {@code session_user} and
 * with it the plant are the planner's), and reports each plan back as a notice.
 */
final class FleetExplain {

    private FleetExplain() {}

    static void print(DataSource admin, String login, UUID vehicle) throws SQLException {
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("overview totals", resource("io/plantdesk/fleet/FleetDao/overviewTotals.sql"));
        reads.put(
                "overview first page",
                resource("io/plantdesk/fleet/FleetDao/overviewPage.sql")
                        .replace(":after", "null")
                        .replace(":limit", "100"));
        reads.put(
                "timeline first page",
                resource("io/plantdesk/fleet/EventDao/timeline.sql")
                        .replace(":vehicleId", "'" + vehicle + "'::uuid")
                        .replace(":beforeAt", "null")
                        .replace(":beforeId", "null")
                        .replace(":deleted", "false")
                        .replace(":kinds", "null")
                        .replace(":toCheck", "false")
                        .replace(":limit", "200"));
        reads.put(
                "cost chart, whole plant, 12 months",
                "select * from fleet.cost_months(date_trunc('month', now()) - interval '11 months', "
                        + "date_trunc('month', now()) + interval '1 month', null, null)");
        reads.put(
                "cost chart, one vehicle, 12 months",
                "select * from fleet.cost_months(date_trunc('month', now()) - interval '11 months', "
                        + "date_trunc('month', now()) + interval '1 month', '" + vehicle + "'::uuid, null)");
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            s.execute("load 'auto_explain'");
            s.execute("set auto_explain.log_min_duration = 0");
            s.execute("set auto_explain.log_analyze = on");
            s.execute("set auto_explain.log_buffers = on");
            s.execute("set auto_explain.log_nested_statements = on");
            s.execute("set auto_explain.log_level = notice");
            s.execute("set session authorization \"" + login.replace("\"", "\"\"") + "\"");
            try {
                for (Map.Entry<String, String> read : reads.entrySet()) {
                    // Twice: the second run is the one with the pages in memory, as the bench measures it.
                    s.execute(read.getValue());
                    s.clearWarnings();
                    s.execute(read.getValue());
                    System.out.println("=== " + read.getKey());
                    for (SQLWarning w = s.getWarnings(); w != null; w = w.getNextWarning()) {
                        System.out.println(w.getMessage());
                    }
                    s.clearWarnings();
                }
            } finally {
                s.execute("reset session authorization");
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = FleetExplain.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
