package io.plantdesk.fleet;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * The fleet's figures for charts, read from the rollups ('fleet_monthly',
 * 'fleet_daily') with the open month computed live: cost per month by category and fuel use and
 * economy per month, of a vehicle, a garage or the whole plant.
 */
public final class FiguresService {

    private final Jdbi jdbi;

    public FiguresService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Cost by category of the months from {@code from} to {@code to} (both included) in the plant's zone. */
    public List<MonthCost> costs(Scope scope, YearMonth from, YearMonth to, ZoneId zone) {
        return Db.call(
                jdbi,
                h -> h
                        .attach(FiguresDao.class)
                        .costMonths(start(from, zone), start(to.plusMonths(1), zone), scope.vehicle(), scope.garage())
                        .stream()
                        .map(FiguresDao.MonthCostRow::toCost)
                        .toList());
    }

    /** Distance, fuel and economy of the months from {@code from} to {@code to} (both included). */
    public List<MonthUsage> usage(Scope scope, YearMonth from, YearMonth to, ZoneId zone) {
        return Db.call(
                jdbi,
                h -> h.attach(FiguresDao.class)
                        .usageMonths(
                                start(from, zone), start(to.plusMonths(1), zone), scope.vehicle(), scope.garage()));
    }

    private static OffsetDateTime start(YearMonth m, ZoneId zone) {
        return m.atDay(1).atStartOfDay(zone).toOffsetDateTime();
    }

    /** Whose figures: one vehicle, one garage's vehicles, or the whole plant. */
    public record Scope(UUID vehicle, UUID garage) {

        public static Scope plant() {
            return new Scope(null, null);
        }

        public static Scope ofVehicle(UUID vehicle) {
            return new Scope(vehicle, null);
        }

        public static Scope ofGarage(UUID garage) {
            return new Scope(null, garage);
        }
    }
}
