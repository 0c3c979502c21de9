package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.util.UUID;

/** A row of QualityDao/bundleSteps.sql (an operation and who scanned the bundle for it), flat for the mapper. */
public record QcStepRow(
        UUID id,
        UUID styleId,
        int seq,
        String name,
        BigDecimal smv,
        BigDecimal pieceRate,
        String machineType,
        int skillLevel,
        boolean qcCheck,
        UUID operatorId,
        String operatorName) {

    QcStep step() {
        return new QcStep(
                new Operation(id, styleId, seq, name, smv, pieceRate, machineType, skillLevel, qcCheck),
                operatorId,
                operatorName);
    }
}
