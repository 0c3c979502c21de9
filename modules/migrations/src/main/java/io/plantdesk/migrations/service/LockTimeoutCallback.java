package io.plantdesk.migrations.service;

import io.plantdesk.migrations.scripts.ScriptHeader;
import io.plantdesk.platform.db.Migrator;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Gives every migration a {@code lock_timeout} on the connection it runs on: its own (from its
 * header) or the default. Without one, an ALTER TABLE behind a long reader waits, and every plain
 * read of that table queues behind the ALTER: a migration must give up instead, and retry.
 */
final class LockTimeoutCallback implements Callback {

    private final Map<String, Duration> byVersion;

    LockTimeoutCallback(Map<String, Duration> byVersion) {
        this.byVersion = byVersion;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try (Statement s = context.getConnection().createStatement()) {
            if (event == Event.AFTER_EACH_MIGRATE) {
                s.execute("reset lock_timeout");
                return;
            }
            MigrationInfo info = context.getMigrationInfo();
            Duration timeout = info == null || info.getVersion() == null
                    ? ScriptHeader.DEFAULT_LOCK_TIMEOUT
                    : byVersion.getOrDefault(
                            Migrator.normalize(info.getVersion().getVersion()), ScriptHeader.DEFAULT_LOCK_TIMEOUT);
            s.execute("set lock_timeout = " + Math.max(1, timeout.toMillis())); // a number: milliseconds
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the migration's lock timeout: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "plantdesk-lock-timeout";
    }
}
