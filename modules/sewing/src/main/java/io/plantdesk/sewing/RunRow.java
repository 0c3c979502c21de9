package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A sewing run as the runs screen lists it: with its line's and style's codes, whether output is
 * recorded (then its line and style are kept) and its row version (a save names the version it
 * was typed over, so another planner's change in between is never silently overwritten).
 */
public record RunRow(
        UUID id,
        UUID lineId,
        String lineCode,
        UUID styleId,
        String styleCode,
        String orderRef,
        int orderQty,
        BigDecimal targetEfficiency,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean hasOutput,
        int version) {}
