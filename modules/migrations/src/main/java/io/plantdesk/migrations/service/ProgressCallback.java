package io.plantdesk.migrations.service;

import io.plantdesk.platform.db.Migrator;
import java.util.List;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/** Turns Flyway's per-migration events into {@link MigrationProgress} steps of a known plan. */
final class ProgressCallback implements Callback {

    private final List<String> plannedVersions;
    private final MigrationProgress progress;
    private long startedAt;
    /** The version running now, or that failed last; null before the first. */
    private volatile String current;

    private volatile String lastFinished;

    ProgressCallback(List<String> plannedVersions, MigrationProgress progress) {
        this.plannedVersions = plannedVersions;
        this.progress = progress;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE
                || event == Event.AFTER_EACH_MIGRATE_ERROR;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo info = context.getMigrationInfo();
        if (info == null || info.getVersion() == null) {
            return; // repeatable scripts run after the versions; they are not steps of the plan
        }
        String version = Migrator.normalize(info.getVersion().getVersion());
        int step = plannedVersions.indexOf(version) + 1;
        int total = plannedVersions.size();
        switch (event) {
            case BEFORE_EACH_MIGRATE -> {
                current = version;
                startedAt = System.nanoTime();
                progress.started(step, total, version, info.getDescription());
            }
            case AFTER_EACH_MIGRATE -> {
                lastFinished = version;
                progress.finished(step, total, version, (System.nanoTime() - startedAt) / 1_000_000);
            }
            default -> progress.failed(step, total, version, "failed");
        }
    }

    /** The version that was running when Flyway stopped (null when it failed before any), unless it finished. */
    String failedVersion() {
        String c = current;
        return c == null || c.equals(lastFinished) ? null : c;
    }

    @Override
    public String getCallbackName() {
        return "plantdesk-progress";
    }
}
