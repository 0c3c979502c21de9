package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the fleet overview reads on opening and on each refresh, in one statement
 * ({@code fleet.overview_screen}): the whole fleet's totals line and the list's first vehicles.
 */
public record OverviewScreen(FleetTotals totals, List<VehicleOverview> vehicles) {

    /** One row of fleet.overview_screen: the plant's first (id null), then the page's vehicles by plate. */
    public record Row(
            UUID id,
            String plate,
            String make,
            String model,
            String status,
            String odometerUnit,
            String lastKind,
            OffsetDateTime lastAt,
            BigDecimal monthCost,
            int toReview,
            String nextTitle,
            String nextState,
            LocalDate nextDueOn,
            BigDecimal nextDueOdometer,
            Integer vehicles,
            String zone) {}

    static OverviewScreen of(List<Row> rows) {
        if (rows.isEmpty() || rows.getFirst().id() != null) {
            throw new IllegalStateException("fleet.overview_screen returned no totals row first");
        }
        Row t = rows.getFirst();
        List<VehicleOverview> vehicles = new ArrayList<>(rows.size() - 1);
        for (Row r : rows.subList(1, rows.size())) {
            vehicles.add(new VehicleOverview(
                    r.id(),
                    r.plate(),
                    r.make(),
                    r.model(),
                    r.status(),
                    r.odometerUnit(),
                    r.lastKind(),
                    r.lastAt(),
                    r.monthCost(),
                    r.toReview(),
                    r.nextTitle(),
                    r.nextState(),
                    r.nextDueOn(),
                    r.nextDueOdometer()));
        }
        return new OverviewScreen(
                new FleetTotals(t.vehicles(), t.toReview(), t.monthCost(), t.zone()), List.copyOf(vehicles));
    }
}
