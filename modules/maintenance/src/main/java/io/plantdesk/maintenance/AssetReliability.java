package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * An asset's reliability over a period of {@code periodHours}: SMRP 3.5.1 MTBF = operating time /
 * number of failures, operating time being the period less the repair (down) time.
 */
public record AssetReliability(
        UUID assetId, String code, String name, int failures, BigDecimal downtimeHours, BigDecimal periodHours) {

    public Optional<BigDecimal> mtbfHours() {
        return failures == 0
                ? Optional.empty()
                : Optional.of(periodHours
                        .subtract(downtimeHours)
                        .divide(BigDecimal.valueOf(failures), 1, RoundingMode.HALF_UP));
    }
}
