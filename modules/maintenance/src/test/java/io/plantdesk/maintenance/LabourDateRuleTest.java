package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.LabourReport;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.maintenance.api.TechnicianActions;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hours cannot be recorded for a day that has not come yet in the plant (V106), by any path: the
 * editor's service, the api function the outbox replays through, and a later change of the day.
 * "Today" is the plant's calendar day in its own time zone: two plants at UTC+14 and UTC-12 are
 * never on the server's UTC day both at once, so at any hour one of them proves the zone is used.
 */
@ExtendWith(PostgresExtension.class)
class LabourDateRuleTest {

    private static final String AHEAD =
            "Hours cannot be recorded for a day that has not come yet: today in the plant is ";

    @Test
    void aDayAfterThePlantsTodayIsRefusedByEveryPathAndTodayIsAccepted(TestDatabase db) {
        for (String zone : new String[] {"Pacific/Kiritimati", "Etc/GMT+12", "UTC"}) {
            UUID p = db.createTenant("Labour day plant " + zone);
            db.adminJdbi().useHandle(h -> h.execute("update core.tenant set time_zone = ? where id = ?", zone, p));
            TestUser planner = db.createUser(p, AppRole.PLANNER);
            TestUser technician = db.createUser(p, AppRole.TECHNICIAN);
            WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                    .create(
                            WorkOrderDraft.of("Labour day " + zone, WorkOrderType.CORRECTIVE),
                            WorkOrderStatus.APPROVED);
            LocalDate today = LocalDate.now(ZoneId.of(zone));
            LocalDate tomorrow = today.plusDays(1);
            WorkOrderService service = new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC());
            TechnicianActions api =
                    MaintenanceApis.find().orElseThrow().technicianActions(db.jdbiAs(technician), Clock.systemUTC());

            assertThatThrownBy(() -> service.logLabour(report(w, technician, tomorrow)))
                    .as(zone)
                    .hasMessage(AHEAD + today + ".");
            UUID key = UUID.randomUUID();
            assertThatThrownBy(() -> api.logLabour(key, report(w, technician, tomorrow)))
                    .as(zone)
                    .hasMessage(AHEAD + today + ".");
            assertThat(service.labour(w.id())).as(zone).isEmpty();

            // The plant's today is accepted, even where the server's UTC date is still yesterday.
            assertThat(service.logLabour(report(w, technician, today))).as(zone).hasSize(1);
            assertThat(api.logLabour(key, report(w, technician, today)).repeated())
                    .as("the refused call left no key")
                    .isFalse();
            assertThatThrownBy(() -> db.jdbiAs(technician)
                            .useHandle(h -> h.execute(
                                    "update maint.labour set work_date = ? where work_order_id = ?", tomorrow, w.id())))
                    .as(zone)
                    .hasMessageContaining("labour cannot be recorded for a day after the plant's today");
            assertThat(service.labour(w.id()))
                    .as(zone)
                    .hasSize(2)
                    .allSatisfy(l -> assertThat(l.workDate()).isEqualTo(today));
        }
    }

    @Test
    void negativeHoursAndAnEndBeforeTheStartStayRefused(TestDatabase db) {
        UUID p = db.createTenant("Labour hours plant");
        TestUser planner = db.createUser(p, AppRole.PLANNER);
        TestUser technician = db.createUser(p, AppRole.TECHNICIAN);
        WorkOrder w = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC())
                .create(WorkOrderDraft.of("Labour hours", WorkOrderType.CORRECTIVE), WorkOrderStatus.APPROVED);
        WorkOrderService service = new WorkOrderService(db.jdbiAs(technician), Clock.systemUTC());
        assertThatThrownBy(() -> service.logLabour(
                        new LabourReport(w.id(), technician.personId(), LocalDate.now(), new BigDecimal("-1"), null)))
                .hasMessage("Hours worked must be more than 0 and at most 24 a day.");
        service.logLabour(report(w, technician, LocalDate.now()));
        assertThatThrownBy(() -> db.jdbiAs(technician)
                        .useHandle(h -> h.execute(
                                "update maint.labour set started_at = now(), ended_at = now() - interval '1 hour' "
                                        + "where work_order_id = ?",
                                w.id())))
                .hasMessageContaining("labour_order");
    }

    private static LabourReport report(WorkOrder w, TestUser who, LocalDate day) {
        return new LabourReport(w.id(), who.personId(), day, new BigDecimal("1.5"), null);
    }
}
