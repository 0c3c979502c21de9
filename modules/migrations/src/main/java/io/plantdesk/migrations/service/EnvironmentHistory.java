package io.plantdesk.migrations.service;

import io.plantdesk.migrations.tracker.CellState;
import io.plantdesk.migrations.tracker.HistoryCell;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Migrator;
import java.util.List;
import java.util.Map;

/**
 * One environment's column of the grid: its history by version, or why it could not be read
 * (not connected, unreachable). Exactly one of {@code cells} and {@code problem} is null; {@code rollbacks} is
 * its rollback log (who rolled what back, when and why).
 */
public record EnvironmentHistory(
        ConnectionProfile environment,
        Map<String, HistoryCell> cells,
        Exception problem,
        List<RollbackLog.Entry> rollbacks) {

    public EnvironmentHistory(ConnectionProfile environment, Map<String, HistoryCell> cells, Exception problem) {
        this(environment, cells, problem, List.of());
    }

    public boolean readable() {
        return cells != null;
    }

    /** The newest version that ran successfully there (or its baseline); null when none did. */
    public String currentVersion() {
        return cells == null ? null : currentVersion(cells);
    }

    /** The same for a history read directly. */
    public static String currentVersion(Map<String, HistoryCell> cells) {
        return cells.values().stream()
                .filter(c -> c.ranSuccessfully() || c.state() == CellState.BASELINE && c.installedOn() != null)
                .map(HistoryCell::version)
                .max(Migrator::compareVersions)
                .orElse(null);
    }
}
