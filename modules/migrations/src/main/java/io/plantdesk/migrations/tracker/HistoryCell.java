package io.plantdesk.migrations.tracker;

import java.time.Instant;

/**
 * One versioned migration as one environment knows it: its state and, when it ran there, when,
 * by whom and how long it took (null otherwise).
 */
public record HistoryCell(String version, String description, CellState state, Instant installedOn, String installedBy,
                          Integer executionMs) {
}
