package io.plantdesk.maintenance.ui.parts;

import java.math.BigDecimal;
import java.util.Optional;

/** The catalogue's amounts as the database keeps them: numeric(12, 2), zero or more. */
final class Numbers {

    /** numeric(12, 2): ten digits before the point. */
    static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Numbers() {}

    /** The typed number (a comma taken as the point), or empty when it is not one. */
    static Optional<BigDecimal> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(s.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Zero or more, at most two decimals and below {@link #MAX}; blank means zero. */
    static boolean amount(String s) {
        if (s == null || s.isBlank()) {
            return true;
        }
        return parse(s).filter(n -> n.signum() >= 0
                        && n.compareTo(MAX) <= 0
                        && n.stripTrailingZeros().scale() <= 2)
                .isPresent();
    }

    static BigDecimal valueOf(String s) {
        return parse(s).orElse(BigDecimal.ZERO);
    }
}
