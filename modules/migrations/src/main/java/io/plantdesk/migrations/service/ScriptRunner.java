package io.plantdesk.migrations.service;

import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
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

    private ScriptRunner() {}

    static List<String> run(
            ScriptSet scripts,
            DataSource admin,
            ConnectionProfile env,
            String target,
            List<Script> plan,
            MigrationProgress progress) {
        List<String> versions = plan.stream().map(Script::version).toList();
        Map<String, Script> byVersion = plan.stream().collect(Collectors.toMap(Script::version, s -> s));
        Map<String, Duration> timeouts = plan.stream()
                .collect(Collectors.toMap(Script::version, s -> s.header().lockTimeoutValue()));
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
                scripts.configure(admin)
                        .target(target)
                        .callbacks(steps, new LockTimeoutCallback(timeouts))
                        .load()
                        .migrate();
                return versions;
            } catch (FlywayException e) {
                String failed = steps.failedVersion();
                if (failed == null
                        && done.containsAll(versions)
                        && e.getMessage() != null
                        && e.getMessage().contains("R__")) {
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
                        progress.retrying(
                                failed,
                                attempt,
                                retries,
                                wait,
                                firstLine(lock.getMessage()) + (holders.isEmpty() ? "" : ". " + holders.getFirst()));
                        sleep(wait);
                        continue;
                    }
                }
                throw failure(env, admin, script, e, lock, kept, done, attempts.getOrDefault(failed, 0));
            }
        }
    }

    private static PlantdeskException failure(
            ConnectionProfile env,
            DataSource admin,
            Script script,
            FlywayException e,
            SQLException lock,
            boolean kept,
            List<String> done,
            int tries) {
        String applied = done.stream().map(v -> "V" + v).collect(Collectors.joining(", "));
        if (script == null) {
            return new PlantdeskException(
                    ServiceText.of("run.failed", env.name(), firstLine(e.getMessage())),
                    ServiceText.of("run.failed.hint", done.size(), applied),
                    e);
        }
        if (lock != null) {
            return new PlantdeskException(
                    ServiceText.of(
                            "run.lock",
                            env.name(),
                            script.version(),
                            script.fileName(),
                            script.header().lockTimeoutValue().toMillis(),
                            tries,
                            firstLine(lock.getMessage())),
                    ServiceText.of("run.lock.hint", kept ? 1 : 0, done.size(), applied, holdersOr(admin, "")),
                    e);
        }
        Text failed = ServiceText.of(
                "run.script.failed", env.name(), script.version(), script.fileName(), firstLine(e.getMessage()));
        if (kept) {
            List<String> invalid = invalidIndexes(admin);
            return new PlantdeskException(
                    failed,
                    ServiceText.of("run.kept.hint", invalid.size(), String.join(", ", invalid), done.size(), applied),
                    e);
        }
        return new PlantdeskException(failed, ServiceText.of("run.transaction.hint", done.size(), applied), e);
    }

    /** Who holds table locks now, named (the migrate's lock waits were visible with their cause). */
    private static String holdersOr(DataSource admin, String otherwise) {
        List<String> holders = LockWaitWatcher.holders(admin);
        return holders.isEmpty() ? otherwise : ": " + String.join(" ", holders);
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
        try (Connection c = admin.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select indexrelid::regclass::text from pg_index where not indisvalid order by 1")) {
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
            throw new PlantdeskException(ServiceText.of("run.cancelled"), ServiceText.of("run.cancelled.hint"), e);
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
