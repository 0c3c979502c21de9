package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A vehicle's line on the fleet overview: its status, its latest event, what it cost this month
 * (in the plant's time zone) and how many readings wait for a person's look.
 */
public record VehicleOverview(UUID id, String plate, String make, String model, String status, String odometerUnit,
                              String lastKind, OffsetDateTime lastAt, BigDecimal monthCost, int toReview) {
}
