package io.plantdesk.maintenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The KPI reads: the rollups merged with live days (maint.kpi_days, maint.kpi_plant_days,
 * maint.kpi_asset_failures) and the counted backlog.
 */
@UseClasspathSqlLocator
public interface KpiDao {

    @SqlQuery("days")
    @RegisterConstructorMapper(KpiDay.class)
    List<KpiDay> days(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("daysFromRaw")
    @RegisterConstructorMapper(KpiDay.class)
    List<KpiDay> daysFromRaw(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("plantDays")
    @RegisterConstructorMapper(KpiPlantDay.class)
    List<KpiPlantDay> plantDays(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("plantDaysStored")
    @RegisterConstructorMapper(KpiPlantDay.class)
    List<KpiPlantDay> plantDaysStored(@Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to);

    @SqlQuery("assetFailures")
    @RegisterConstructorMapper(AssetFailures.class)
    List<AssetFailures> assetFailures(
            @Bind("from") OffsetDateTime from, @Bind("to") OffsetDateTime to, @Bind("limit") int limit);

    @SqlQuery("dashboard")
    @RegisterConstructorMapper(KpiScreen.Row.class)
    List<KpiScreen.Row> dashboard(
            @Bind("from") OffsetDateTime from,
            @Bind("to") OffsetDateTime to,
            @Bind("limit") int limit,
            @Bind("weeksFrom") OffsetDateTime weeksFrom,
            @Bind("weeksTo") OffsetDateTime weeksTo,
            @Bind("monday") LocalDate monday);

    @SqlQuery("backlog")
    @RegisterConstructorMapper(Backlog.class)
    Backlog backlog();

    @SqlQuery("backlogFromRaw")
    @RegisterConstructorMapper(Backlog.class)
    Backlog backlogFromRaw();
}
