package io.plantdesk.migrations.tracker;

import java.time.Instant;

/**
 * One versioned migration as one environment knows it: its state and, when it ran there, when,
 * by whom, how long it took, with which script checksum and at which rank of its history (null
 * otherwise).
 */
public record HistoryCell(
        String version,
        String description,
        CellState state,
        Instant installedOn,
        String installedBy,
        Integer executionMs,
        Integer appliedChecksum,
        Integer installedRank) {

    /** Ran there and succeeded (including a drifted or unknown one); what the promotion gate and rollback count. */
    public boolean ranSuccessfully() {
        return installedOn != null && state != CellState.FAILED && state != CellState.BASELINE;
    }
}
