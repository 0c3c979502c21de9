package io.plantdesk.migrations.tracker;

import org.flywaydb.core.api.MigrationState;

/** What the tracker's grid shows in one cell: one migration in one environment. */
public enum CellState {
    APPLIED,
    PENDING,
    FAILED,
    /** Applied, but the script this build ships differs from the one that ran (checksum). */
    DRIFT,
    /** In the environment's history but not in this build (applied by a newer or another build). */
    UNKNOWN,
    /** Covered by a baseline: the schema was there before Plantdesk tracked it. */
    BASELINE,
    IGNORED;

    /** Flyway's state, plus whether its validation reported a checksum mismatch for this version. */
    static CellState of(MigrationState flyway, boolean checksumMismatch) {
        return switch (flyway) {
            case SUCCESS, OUT_OF_ORDER, SUPERSEDED -> checksumMismatch ? DRIFT : APPLIED;
            case PENDING, ABOVE_TARGET, OUTDATED, UNDONE, DELETED, AVAILABLE -> PENDING;
            case FAILED, MISSING_FAILED, FUTURE_FAILED -> FAILED;
            case MISSING_SUCCESS, FUTURE_SUCCESS -> UNKNOWN;
            case BASELINE, BELOW_BASELINE, BASELINE_IGNORED -> BASELINE;
            case IGNORED -> IGNORED;
        };
    }
}
