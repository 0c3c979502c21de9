package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.util.UUID;

/** A machine's failures in a period and their repair (down) time, from the KPI rollup. */
public record AssetFailures(UUID assetId, String code, String name, int failures, BigDecimal repairHours) {}
