package io.plantdesk.maintenance.ui.kpi;

import io.plantdesk.maintenance.AssetReliability;
import io.plantdesk.maintenance.Backlog;
import io.plantdesk.maintenance.KpiService;
import io.plantdesk.maintenance.KpiSummary;
import io.plantdesk.maintenance.plan.PlannerService;
import io.plantdesk.maintenance.plan.ScheduleCompliance;
import io.plantdesk.platform.tasks.TaskRunner;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Loads the dashboard's view model on the calling thread (no toolkit) and reads its figures. */
public final class KpiViewModelProbe {

    public record Read(
            BigDecimal crewCapacityHours,
            long backlogCount,
            BigDecimal backlogHours,
            BigDecimal readyHours,
            Optional<BigDecimal> readyWeeks) {}

    /** Everything one load shows: the tiles' figures, the MTBF table, the weeks of the trend. */
    public record Shown(
            Backlog backlog,
            KpiSummary summary,
            List<AssetReliability> reliability,
            ScheduleCompliance schedule,
            int weeks) {}

    private KpiViewModelProbe() {}

    public static Shown shown(Jdbi jdbi) {
        KpiFigures f = figures(jdbi);
        return new Shown(
                f.backlog(),
                f.summary(),
                f.reliability(),
                f.schedule(),
                f.weeks().size());
    }

    public static Read load(Jdbi jdbi) {
        KpiFigures f = figures(jdbi);
        return new Read(
                f.crewCapacityHours(),
                f.backlog().count(),
                f.backlog().hours(),
                f.backlog().readyHours(),
                f.readyBacklogWeeks());
    }

    private static KpiFigures figures(Jdbi jdbi) {
        KpiViewModel vm = new KpiViewModel(
                new KpiService(jdbi),
                new PlannerService(jdbi, Clock.systemUTC()),
                TaskRunner.sameThread(),
                Clock.systemUTC());
        vm.refresh();
        KpiFigures f = vm.figuresProperty().get();
        if (f == null) {
            throw new AssertionError("not loaded: " + vm.load().errorProperty().get());
        }
        return f;
    }
}
