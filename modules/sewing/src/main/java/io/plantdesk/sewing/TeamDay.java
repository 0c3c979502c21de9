package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A team's day in the shape of the published garment productivity records.
 *
 * @param department          "sewing" or "finishing"
 * @param wip                 pieces in progress; null for finishing
 * @param actualProductivity  0..1 (above 1 when the team beat the standard)
 */
public record TeamDay(
        LocalDate day,
        String department,
        int team,
        BigDecimal targetedProductivity,
        BigDecimal smv,
        Integer wip,
        int overtimeMinutes,
        BigDecimal incentive,
        BigDecimal idleMinutes,
        int idleMen,
        int styleChanges,
        BigDecimal workers,
        BigDecimal actualProductivity) {}
