package io.plantdesk.migrations.service;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What a rehearsal found: the drift check that makes the scratch copy faithful, then the pending
 * scripts run on it (the versions applied, their times, or the failure).
 */
public record Rehearsal(
        String from,
        String to,
        DriftReport drift,
        List<String> applied,
        List<Long> millis,
        PlantdeskException failure) {

    public boolean passed() {
        return drift.isClean() && failure == null;
    }

    /** Builds the copy at {@code from} on a scratch database, runs {@code plan} on it, drops it. */
    static Rehearsal run(
            ScriptSet scripts,
            ScratchServer scratch,
            ConnectionProfile env,
            String from,
            String to,
            DriftReport drift,
            List<Script> plan) {
        if (!drift.isClean()) {
            return new Rehearsal(from, to, drift, List.of(), List.of(), null);
        }
        String name = ScratchServer.name();
        DataSource db = scratch.create(name);
        List<String> applied = new ArrayList<>();
        List<Long> millis = new ArrayList<>();
        try {
            if (!scripts.isPlantdesk()) {
                ScriptSet.plantdesk().flyway(db).migrate();
            }
            if (from != null) {
                scripts.configure(db).target(from).load().migrate();
            }
            ScriptRunner.run(scripts, db, env, to, plan, new MigrationProgress() {
                @Override
                public void finished(int step, int total, String version, long ms) {
                    applied.add(version);
                    millis.add(ms);
                }
            });
            return new Rehearsal(from, to, drift, applied, millis, null);
        } catch (PlantdeskException e) {
            return new Rehearsal(from, to, drift, applied, millis, e);
        } finally {
            scratch.drop(name);
        }
    }
}
