package io.plantdesk.migrations.service;

import io.plantdesk.migrations.scripts.Script;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What was rolled back, by whom, when and why: a table beside each history table
 * ({@code <history>_rollbacks}), written in the same transaction as the undo and the removal of
 * its history row, so a rollback leaves a record exactly when it happened.
 */
public final class RollbackLog {

    /** One rolled-back migration. */
    public record Entry(Instant at, String by, String version, String description, String script, String reason) {}

    private RollbackLog() {}

    public static String tableFor(String historyTable) {
        return historyTable + "_rollbacks";
    }

    /** Creates the log where missing, then records one step; on the caller's transaction. */
    static void record(
            Connection c, String historyTable, String version, String description, String script, String reason)
            throws SQLException {
        String table = tableFor(historyTable); // the history table's name matched ScriptSet's pattern: safe to splice
        try (Statement s = c.createStatement()) {
            // No sequence or index of its own: the catalog snapshot leaves exactly this table out.
            s.execute("create table if not exists " + table + " ("
                    + "rolled_back_at timestamp not null default (clock_timestamp() at time zone 'utc'), "
                    + "rolled_back_by text not null default current_user, "
                    + "version text not null, description text not null, script text not null, reason text not null)");
        }
        try (PreparedStatement p = c.prepareStatement(
                "insert into " + table + " (version, description, script, reason) values (?, ?, ?, ?)")) {
            p.setString(1, version);
            p.setString(2, description);
            p.setString(3, script);
            p.setString(4, reason == null || reason.isBlank() ? "(no reason given)" : reason.strip());
            p.executeUpdate();
        }
    }

    /**
     * Runs one step's U script in one transaction with the removal of its history row and its
     * record here: all three happen, or none.
     */
    static void undo(DataSource admin, String historyTable, Script script, int installedRank, String reason)
            throws SQLException {
        try (Connection c = admin.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                    PreparedStatement forget =
                            c.prepareStatement("delete from " + historyTable + " where installed_rank = ?")) {
                // A busy production must not queue everyone behind the rollback's locks for long.
                s.execute("set local lock_timeout = '10s'");
                s.execute(script.rollbackSql());
                forget.setInt(1, installedRank);
                if (forget.executeUpdate() != 1) {
                    throw new SQLException("its history row changed meanwhile");
                }
                record(c, historyTable, script.version(), script.description(), script.rollbackFileName(), reason);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** Every rollback there, oldest first; empty when none was ever made. */
    public static List<Entry> read(DataSource admin, String historyTable) {
        String table = tableFor(historyTable);
        List<Entry> out = new ArrayList<>();
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet exists = s.executeQuery("select to_regclass('" + table + "') is not null")) {
                exists.next();
                if (!exists.getBoolean(1)) {
                    return out;
                }
            }
            try (ResultSet rs = s.executeQuery(
                    "select to_char(rolled_back_at, 'YYYY-MM-DD\"T\"HH24:MI:SS.US'), rolled_back_by, version, "
                            + "description, script, reason from " + table + " order by rolled_back_at")) {
                while (rs.next()) {
                    out.add(new Entry(
                            LocalDateTime.parse(rs.getString(1)).toInstant(ZoneOffset.UTC),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table + ": " + e.getMessage(), e);
        }
        return out;
    }
}
