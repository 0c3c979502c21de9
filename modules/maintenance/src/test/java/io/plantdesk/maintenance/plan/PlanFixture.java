package io.plantdesk.maintenance.plan;

import io.plantdesk.maintenance.WorkOrder;
import io.plantdesk.maintenance.WorkOrderDraft;
import io.plantdesk.maintenance.WorkOrderService;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * A plant in Dhaka (UTC+6, so a plant day is not a UTC day) with a planner and two technicians,
 * named, for the planner's service and screen tests.
 */
record PlanFixture(UUID plant, TestUser planner, TestUser rafiq, TestUser sohel, ZoneId zone) {

    static final ZoneId DHAKA = ZoneId.of("Asia/Dhaka");

    static PlanFixture create(TestDatabase db, String name) {
        UUID plant = db.createTenant(name);
        db.adminJdbi().useHandle(h -> h.execute("update core.tenant set time_zone = 'Asia/Dhaka' where id = ?", plant));
        TestUser planner = db.createUser(plant, AppRole.PLANNER);
        TestUser rafiq = db.createUser(plant, AppRole.TECHNICIAN);
        TestUser sohel = db.createUser(plant, AppRole.TECHNICIAN);
        rename(db, rafiq, "Rafiq Islam");
        rename(db, sohel, "Sohel Rana");
        rename(db, planner, "Nasrin Akter");
        return new PlanFixture(plant, planner, rafiq, sohel, DHAKA);
    }

    static void rename(TestDatabase db, TestUser u, String name) {
        db.adminJdbi()
                .useHandle(h -> h.execute("update core.person set display_name = ? where id = ?", name, u.personId()));
    }

    PlannerService planner(TestDatabase db) {
        return new PlannerService(db.jdbiAs(planner), Clock.systemUTC());
    }

    /** A scheduled work order on {@code day} from {@code from} for {@code hours}, estimate as given. */
    WorkOrder scheduled(
            TestDatabase db,
            String title,
            LocalDate day,
            LocalTime from,
            double slotHours,
            BigDecimal estimate,
            TestUser... assignees) {
        WorkOrderService wo = new WorkOrderService(db.jdbiAs(planner), Clock.systemUTC());
        OffsetDateTime start = day.atTime(from).atZone(zone).toOffsetDateTime();
        OffsetDateTime end = start.plusMinutes((long) (slotHours * 60));
        WorkOrder w = wo.create(
                WorkOrderDraft.of(title, WorkOrderType.PREVENTIVE)
                        .withSchedule(start, end)
                        .withHours(estimate, null),
                WorkOrderStatus.SCHEDULED);
        if (assignees.length > 0) {
            wo.assign(
                    w.id(), List.of(assignees).stream().map(TestUser::personId).toList());
        }
        return wo.find(w.id()).orElseThrow();
    }
}
