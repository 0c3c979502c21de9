package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.util.Objects;

/** What a planner types for a bulletin step (the database checks the ranges). */
public record OperationDraft(
        int seq,
        String name,
        BigDecimal smv,
        BigDecimal pieceRate,
        String machineType,
        int skillLevel,
        boolean qcCheck) {

    public OperationDraft {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(smv, "smv");
        pieceRate = pieceRate == null ? BigDecimal.ZERO : pieceRate;
        skillLevel = skillLevel == 0 ? 1 : skillLevel;
    }

    public static OperationDraft of(int seq, String name, String smv, String pieceRate) {
        return new OperationDraft(seq, name, new BigDecimal(smv), new BigDecimal(pieceRate), null, 1, false);
    }
}
