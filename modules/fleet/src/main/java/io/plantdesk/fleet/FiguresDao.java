package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The fleet's monthly and month-to-date figures through the functions of V074, which take closed
 * buckets from the rollup tables and compute the open and pending ones live, for the caller's plant.
 */
@RegisterConstructorMapper(MonthUsage.class)
@RegisterConstructorMapper(FiguresDao.MonthCostRow.class)
public interface FiguresDao {

    @SqlQuery("select month_start, kind, cost, events from fleet.cost_months(:from, :to, :vehicle, :garage) "
            + "order by month_start, kind")
    List<MonthCostRow> costMonths(
            @Bind("from") OffsetDateTime from,
            @Bind("to") OffsetDateTime to,
            @Bind("vehicle") UUID vehicle,
            @Bind("garage") UUID garage);

    @SqlQuery("select * from fleet.usage_months(:from, :to, :vehicle, :garage) order by month_start")
    List<MonthUsage> usageMonths(
            @Bind("from") OffsetDateTime from,
            @Bind("to") OffsetDateTime to,
            @Bind("vehicle") UUID vehicle,
            @Bind("garage") UUID garage);

    /** A row as the database spells the kind. */
    record MonthCostRow(OffsetDateTime monthStart, String kind, BigDecimal cost, int events) {

        MonthCost toCost() {
            return new MonthCost(monthStart, EventKind.of(kind), cost, events);
        }
    }
}
