package io.plantdesk.platform.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Makes a long wait visible with its cause. While admin work runs (a migration), this looks every
 * second for sessions of the same login in the same database that have waited for a lock longer
 * than a moment, and says once per holder who holds it and in what state: "idle in transaction
 * for 40 s" names the person whose unfinished change blocks a migration.
 */
public final class LockWaitWatcher implements AutoCloseable {

    private static final String BLOCKERS = """
            select b.pid, w.pid as waiter, extract(epoch from now() - w.query_start)::int as waited,
                   b.usename, coalesce(nullif(b.application_name, ''), 'an unnamed program') as app, b.state,
                   extract(epoch from now() - coalesce(b.xact_start, b.state_change))::int as held
              from pg_stat_activity w
              cross join lateral unnest(pg_blocking_pids(w.pid)) as bp(pid)
              join pg_stat_activity b on b.pid = bp.pid
             where w.datname = current_database() and w.usename = current_user and w.pid <> pg_backend_pid()
               and w.wait_event_type = 'Lock' and now() - w.query_start > ?::interval
            """;

    /** Sessions of this database (not this one) holding a lock on a table inside an open transaction. */
    private static final String HOLDERS = """
            select distinct a.pid, a.usename, coalesce(nullif(a.application_name, ''), 'an unnamed program') as app, a.state,
                   extract(epoch from now() - coalesce(a.xact_start, a.state_change))::int as held
              from pg_locks l
              join pg_stat_activity a on a.pid = l.pid
             where l.locktype = 'relation' and l.granted and l.database = (select oid from pg_database where datname = current_database())
               and l.relation >= 16384 and a.pid <> pg_backend_pid() and a.xact_start is not null
             order by held desc
             limit 3
            """;

    private final Thread thread;
    private volatile boolean stopped;

    private LockWaitWatcher(DataSource admin, Duration after, Consumer<String> report) {
        this.thread = Thread.ofPlatform().daemon().name("lock-wait-watcher").start(() -> watch(admin, after, report));
    }

    /** Starts watching; {@link #close()} stops. A watcher that cannot connect simply says nothing. */
    public static LockWaitWatcher start(DataSource admin, Duration after, Consumer<String> report) {
        return new LockWaitWatcher(admin, after, report);
    }

    private void watch(DataSource admin, Duration after, Consumer<String> report) {
        Set<String> told = new HashSet<>();
        try (Connection c = admin.getConnection();
                PreparedStatement q = c.prepareStatement(BLOCKERS)) {
            c.setAutoCommit(true);
            q.setString(1, after.toMillis() + " milliseconds");
            while (!stopped) {
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (told.add(rs.getInt("waiter") + "/" + rs.getInt("pid"))) {
                            report.accept(sentence(rs));
                        }
                    }
                }
                Thread.sleep(1000);
            }
        } catch (SQLException | InterruptedException e) {
            // gone with its connection or stopped: the work itself reports its own outcome
        }
    }

    private static String sentence(ResultSet rs) throws SQLException {
        String state = rs.getString("state");
        String doing = state == null
                ? ""
                : switch (state) {
                    case "idle in transaction", "idle in transaction (aborted)" ->
                        ", with an unfinished change open for " + rs.getInt("held") + " s";
                    case "active" -> ", running a statement for " + rs.getInt("held") + " s";
                    default -> ", " + state;
                };
        return "Waiting " + rs.getInt("waited") + " s for a lock held by login \"" + rs.getString("usename") + "\" ("
                + rs.getString("app") + doing + ", server process " + rs.getInt("pid")
                + "). A person's unfinished change "
                + "ends by itself after a minute idle; an admin can also end that session (pg_terminate_backend("
                + rs.getInt("pid") + ")).";
    }

    /**
     * Who holds table locks in this database right now, one sentence each, for a migration that
     * just gave up on a lock (the tracker's guarded migrate): the person and how long their change
     * has been open, instead of "find it in pg_stat_activity". Empty when nobody does or the
     * server cannot be asked.
     */
    public static List<String> holders(DataSource admin) {
        List<String> out = new ArrayList<>();
        try (Connection c = admin.getConnection();
                PreparedStatement q = c.prepareStatement(HOLDERS);
                ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String state = rs.getString("state");
                String doing = "idle in transaction".equals(state) || "idle in transaction (aborted)".equals(state)
                        ? "with an unfinished change open for " + rs.getInt("held") + " s"
                        : "active".equals(state)
                                ? "running a statement, its transaction open for " + rs.getInt("held") + " s"
                                : "in a transaction open for " + rs.getInt("held") + " s";
                out.add("Held by login \"" + rs.getString("usename") + "\" (" + rs.getString("app") + ", " + doing
                        + ", server process " + rs.getInt("pid")
                        + "); an admin can end that session with pg_terminate_backend("
                        + rs.getInt("pid") + ").");
            }
        } catch (SQLException e) {
            // the failure itself is still reported, only without the names
        }
        return out;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
