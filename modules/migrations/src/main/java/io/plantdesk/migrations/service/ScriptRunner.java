package io.plantdesk.migrations.service;

import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.LockWaitWatcher;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;

/**
 * Runs a planned migrate with Flyway, after the service's guards: each script with its lock
 * timeout, a script that gave up on a lock retried with backoff, and a failure reported as what it
 * left behind (a script in a transaction leaves nothing; one declared "-- Transaction: none" keeps
 * the statements before the failing one).
 */
final class ScriptRunner {

    /** The first wait after a lock timeout; doubled at each retry, at most {@link #MAX_BACKOFF}. */
    static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private ScriptRunner() {
    }

    static List<String> run(ScriptSet scripts, DataSource admin, ConnectionProfile env, String target, List<Script> plan,
                            MigrationProgress progress) {
        List<String> versions = plan.stream().map(Script::version).toList();
        Map<String, Script> byVersion = plan.stream().collect(Collectors.toMap(Script::version, s -> s));
        Map<String, Duration> timeouts = plan.stream().collect(Collectors.toMap(Script::version, s -> s.header().lockTimeoutValue()));
        Map<String, Integer> attempts = new HashMap<>();
        List<String> done = new ArrayList<>();
        while (true) {
            ProgressCallback steps = new ProgressCallback(versions, new MigrationProgress() {
                @Override
                public void started(int step, int total, String version, String description) {
                    progress.started(step, total, version, description);
                }

                @Override
                public void finished(int step, int total, String version, long millis) {
                    done.add(version);
                    progress.finished(step, total, version, millis);
                }

                @Override
                public void failed(int step, int total, String version, String message) {
                    progress.failed(step, total, version, message);
                }
            });
            try {
                scripts.configure(admin).target(target).callbacks(steps, new LockTimeoutCallback(timeouts)).load().migrate();
                return versions;
            } catch (FlywayException e) {
                String failed = steps.failedVersion();
                if (failed == null && done.containsAll(versions) && e.getMessage() != null && e.getMessage().contains("R__")) {
                    // Every version is in; a repeatable script (a view or function of a later version's
                    // objects, migrating to an older --target) could not run yet. It left nothing (it runs in
                    // a transaction) and runs at the next migrate to a version it fits.
                    progress.repeatableSkipped(firstLine(e.getMessage()));
                    return versions;
                }
                Script script = failed == null ? null : byVersion.get(failed);
                boolean kept = script != null && script.header().nonTransactional();
                SQLException lock = lockTimeout(e);
                if (lock != null && script != null && !kept) {
                    int attempt = attempts.merge(failed, 1, Integer::sum);
                    int retries = script.header().lockRetries();
                    if (attempt <= retries) {
                        long wait = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << (attempt - 1));
                        List<String> holders = LockWaitWatcher.holders(admin);
                        progress.retrying(failed, attempt, retries, wait, firstLine(lock.getMessage())
                                + (holders.isEmpty() ? "" : ". " + holders.getFirst()));
                        sleep(wait);
                        continue;
                    }
                }
                throw failure(env, admin, script, e, lock, kept, done, attempts.getOrDefault(failed, 0));
            }
        }
    }

    private static PlantdeskException failure(ConnectionProfile env, DataSource admin, Script script, FlywayException e,
                                              SQLException lock, boolean kept, List<String> done, int tries) {
        String before = done.isEmpty() ? "Nothing before it ran." : "Applied before it: "
                + done.stream().map(v -> "V" + v).collect(Collectors.joining(", ")) + ".";
        if (script == null) {
            return new PlantdeskException(env.name() + " was not migrated: " + firstLine(e.getMessage()),
                    before + " \"plantdesk migrations status\" and \"validate\" show the details.", e);
        }
        String what = "V" + script.version() + " (" + script.fileName() + ")";
        if (lock != null) {
            return new PlantdeskException(env.name() + ": " + what + " gave up waiting for a lock after "
                    + script.header().lockTimeoutValue().toMillis() + " ms" + (tries > 1 ? ", " + tries + " times" : "")
                    + " (" + firstLine(lock.getMessage()) + ").",
                    (kept ? "It ran outside a transaction: the statements before the one that waited are kept. "
                            : "It ran in a transaction: nothing of it was kept. ") + before
                            + holdersOr(admin, " Another session holds that table: find it in pg_stat_activity.")
                            + " Migrate again when it has let go (or raise the script's \"-- Lock timeout:\").", e);
        }
        if (kept) {
            List<String> invalid = invalidIndexes(admin);
            return new PlantdeskException(env.name() + ": " + what + " failed: " + firstLine(e.getMessage()),
                    "It ran outside a transaction (its header says so): the statements before the failing one are kept"
                            + (invalid.isEmpty() ? "" : ", and it left the invalid index(es) " + String.join(", ", invalid)
                            + " (drop them)") + ". " + before + " Fix the cause, run Repair (it removes the failed row), then migrate "
                            + "again: the script is written to be run again.", e);
        }
        return new PlantdeskException(env.name() + ": " + what + " failed: " + firstLine(e.getMessage()),
                "It ran in a transaction: nothing of it was kept. " + before + " Fix the cause and migrate again.", e);
    }

    /** Who holds table locks now, named (the migrate's lock waits were visible with their cause). */
    private static String holdersOr(DataSource admin, String otherwise) {
        List<String> holders = LockWaitWatcher.holders(admin);
        return holders.isEmpty() ? otherwise : " " + String.join(" ", holders);
    }

    private static SQLException lockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && LOCK_NOT_AVAILABLE.equals(s.getSQLState())) {
                return s;
            }
            if (t.getMessage() != null && t.getMessage().contains("lock timeout") && t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** Indexes a cut-short CREATE INDEX CONCURRENTLY leaves behind: they slow writes and serve no read. */
    private static List<String> invalidIndexes(DataSource admin) {
        List<String> out = new ArrayList<>();
        try (Connection c = admin.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select indexrelid::regclass::text from pg_index where not indisvalid order by 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            out.add("(could not be listed: " + e.getMessage() + ")");
        }
        return out;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlantdeskException("The migration was cancelled while it waited to retry.", "Nothing more ran.", e);
        }
    }

    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }
}
