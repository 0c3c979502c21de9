package io.plantdesk.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.maintenance.ui.kpi.KpiViewModelProbe;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's own figures against a worked example: two technicians of 8 h on weekdays are a
 * crew of 80 h a week; 30 h approved and 10 h scheduled is 40 h of ready work (SMRP 5.4.9: 40 / 80
 * = 0.5 weeks); a requested 5 h job is backlog (45 h, 3 work orders) but not ready.
 */
@ExtendWith(PostgresExtension.class)
class KpiFiguresTest {

    @Test
    void readyBacklogIsReadyHoursOverTheCrewsWeeklyCapacity(TestDatabase db) throws Exception {
        PlanFixture f = PlanFixture.create(db, "KPI plant");
        PlannerService p = f.planner(db);
        p.setCapacity(f.rafiq().personId(), Capacity.ofHours(new BigDecimal("8"), List.of(1, 2, 3, 4, 5)));
        p.setCapacity(f.sohel().personId(), Capacity.ofHours(new BigDecimal("8"), List.of(1, 2, 3, 4, 5)));
        WorkOrderService wo = new WorkOrderService(db.jdbiAs(f.planner()), Clock.systemUTC());
        wo.create(
                WorkOrderDraft.of("Overhaul", WorkOrderType.PREVENTIVE).withHours(new BigDecimal("30"), null),
                WorkOrderStatus.APPROVED);
        LocalDate next = PlannerService.mondayOf(LocalDate.now(f.zone())).plusWeeks(1);
        f.scheduled(db, "Align", next, LocalTime.of(9, 0), 2, new BigDecimal("10"));
        wo.create(WorkOrderDraft.of("Squeak", WorkOrderType.CORRECTIVE).withHours(new BigDecimal("5"), null));

        var figures = KpiViewModelProbe.load(db.jdbiAs(f.planner()));
        assertThat(figures.crewCapacityHours()).isEqualByComparingTo("80");
        assertThat(figures.backlogCount()).isEqualTo(3);
        assertThat(figures.backlogHours()).isEqualByComparingTo("45");
        assertThat(figures.readyHours()).isEqualByComparingTo("40");
        assertThat(figures.readyWeeks()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("0.5"));
    }
}
