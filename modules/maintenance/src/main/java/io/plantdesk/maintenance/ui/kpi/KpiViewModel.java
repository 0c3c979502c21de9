package io.plantdesk.maintenance.ui.kpi;

import io.plantdesk.maintenance.KpiScreen;
import io.plantdesk.maintenance.KpiService;
import io.plantdesk.maintenance.KpiSummary;
import io.plantdesk.maintenance.plan.PlannerService;
import io.plantdesk.maintenance.plan.ScheduleCompliance;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.widgets.LoadState;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The KPI dashboard: a period of days (whole plant days ending today) and its figures. One load
 * is one statement (after the first, which also reads the plant's zone): the rollup (a row a day,
 * the machines with most failures), the counted backlog, schedule compliance and the crew's
 * capacity.
 */
public final class KpiViewModel {

    /** The machines the MTBF table lists: those with the most failures. */
    static final int MACHINES = 20;

    private final KpiService kpis;
    private final PlannerService planner;
    private final TaskRunner tasks;
    private final Clock clock;
    private final IntegerProperty days = new SimpleIntegerProperty(90);
    private final ReadOnlyObjectWrapper<KpiFigures> figures = new ReadOnlyObjectWrapper<>();
    private final LoadState load = new LoadState();
    private ZoneId zone;

    public KpiViewModel(KpiService kpis, PlannerService planner, TaskRunner tasks, Clock clock) {
        this.kpis = kpis;
        this.planner = planner;
        this.tasks = tasks;
        this.clock = clock;
        days.addListener((o, a, b) -> refresh());
    }

    public void refresh() {
        if (figures.get() == null) {
            load.loading();
        }
        int n = days.get();
        ZoneId known = zone;
        tasks.latest(
                "kpi.figures",
                () -> {
                    ZoneId z = known != null ? known : planner.plantZone();
                    LocalDate today = LocalDate.now(clock.withZone(z));
                    OffsetDateTime from =
                            today.minusDays(n - 1L).atStartOfDay(z).toOffsetDateTime();
                    OffsetDateTime to = today.plusDays(1).atStartOfDay(z).toOffsetDateTime();
                    // One statement for the whole screen (maint.kpi_dashboard): schedule compliance over the
                    // whole weeks before this one, the crew's capacity of this week.
                    LocalDate monday = PlannerService.mondayOf(today);
                    LocalDate firstMonday = monday.minusWeeks(Math.clamp(Math.max(1, n / 7), 1, 104));
                    KpiScreen s = kpis.screen(
                            from,
                            to,
                            MACHINES,
                            firstMonday.atStartOfDay(z).toOffsetDateTime(),
                            monday.atStartOfDay(z).toOffsetDateTime(),
                            monday);
                    return new Loaded(
                            z,
                            new KpiFigures(
                                    s.backlog(),
                                    KpiSummary.of(s.days()),
                                    s.reliability(),
                                    new ScheduleCompliance(firstMonday, monday, s.scheduled(), s.scheduledOnTime()),
                                    s.crewHours(),
                                    KpiFigures.weekly(s.days(), z)));
                },
                l -> {
                    zone = l.zone();
                    figures.set(l.figures());
                    load.loaded(false);
                },
                load::failed);
    }

    private record Loaded(ZoneId zone, KpiFigures figures) {}

    public IntegerProperty daysProperty() {
        return days;
    }

    ReadOnlyObjectProperty<KpiFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public LoadState load() {
        return load;
    }
}
