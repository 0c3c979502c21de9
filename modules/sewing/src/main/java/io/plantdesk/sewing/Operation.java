package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * One step of a style's operation bulletin.
 *
 * @param smv       standard minutes per piece
 * @param pieceRate what the operator earns per piece, in the plant's currency
 */
public record Operation(
        UUID id,
        UUID styleId,
        int seq,
        String name,
        BigDecimal smv,
        BigDecimal pieceRate,
        String machineType,
        int skillLevel,
        boolean qcCheck) {}
