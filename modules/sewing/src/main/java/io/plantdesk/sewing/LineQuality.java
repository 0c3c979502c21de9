package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;

/**
 * A line's quality and loading for a stretch, and its WIP at the stretch's end.
 *
 * @param loadedPieces pieces of the bundles issued to the line in the stretch
 * @param wip          pieces loaded minus output since the line began, at the stretch's end
 */
public record LineQuality(
        UUID lineId,
        String lineCode,
        String lineName,
        long piecesChecked,
        long piecesDefective,
        long defects,
        long reworkPieces,
        long loadedPieces,
        long wip) {

    /** Defects per hundred units: defects x 100 / pieces checked; empty when nothing was checked. */
    public Optional<BigDecimal> dhu() {
        return percent(defects);
    }

    /** Defective pieces x 100 / pieces checked. */
    public Optional<BigDecimal> percentDefective() {
        return percent(piecesDefective);
    }

    /** Reworked pieces x 100 / pieces checked. */
    public Optional<BigDecimal> reworkPercent() {
        return percent(reworkPieces);
    }

    private Optional<BigDecimal> percent(long count) {
        if (piecesChecked == 0) {
            return Optional.empty();
        }
        return Optional.of(
                BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(piecesChecked), 1, RoundingMode.HALF_UP));
    }
}
