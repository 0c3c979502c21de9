package io.plantdesk.sewing;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A small sewing floor for the tests: a plant in UTC with a Morning shift (06:00-14:00, Monday to
 * Friday, a 30-minute break at 10:00), two machines in maintenance's asset register, one line with
 * two operators, a style of two operations (Join shoulders 0.5 SMV, then Hem 1.0 SMV, the last),
 * a run and two bundles of 20 pieces.
 */
record Floor(
        UUID plant,
        TestUser admin,
        TestUser supervisor,
        TestUser ana,
        TestUser ben,
        UUID machine,
        UUID machine2,
        Line line,
        Style style,
        Operation join,
        Operation hem,
        Run run,
        List<Bundle> bundles) {

    static Floor build(TestDatabase db, String prefix) {
        UUID plant = db.createTenant(prefix + " sewing plant");
        TestUser admin = db.createUser(plant, AppRole.ADMIN);
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        TestUser ana = db.createUser(plant, AppRole.OPERATOR);
        TestUser ben = db.createUser(plant, AppRole.OPERATOR);
        UUID site = UUID.randomUUID();
        UUID lineAsset = UUID.randomUUID();
        UUID machine = UUID.randomUUID();
        UUID machine2 = UUID.randomUUID();
        db.adminJdbi().useHandle(h -> {
            h.execute("update core.tenant set time_zone = 'UTC' where id = ?", plant);
            h.execute(
                    "insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from) "
                            + "values (?, ?, 'Morning', '06:00', '14:00', '[{\"start\": \"10:00\", \"minutes\": 30}]', "
                            + "'{1,2,3,4,5}', '2020-01-01')",
                    plant,
                    UUID.randomUUID());
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, null, 'site', ?, 'Main')",
                    plant,
                    site,
                    prefix + "-S");
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, ?, 'line', ?, 'Line 1')",
                    plant,
                    lineAsset,
                    site,
                    prefix + "-L");
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, ?, 'machine', ?, 'Lockstitch 1')",
                    plant,
                    machine,
                    lineAsset,
                    prefix + "-M1");
            h.execute(
                    "insert into maint.asset (tenant_id, id, parent_id, kind, code, name) values (?, ?, ?, 'machine', ?, 'Overlock 2')",
                    plant,
                    machine2,
                    lineAsset,
                    prefix + "-M2");
        });
        FloorSetupService setup = new FloorSetupService(db.jdbiAs(supervisor), Clock.systemUTC());
        Line line = setup.createLine("L1", "Line 1", 60);
        setup.putOnLine(line.id(), ana.personId());
        setup.putOnLine(line.id(), ben.personId());
        Style style = setup.createStyle(
                "TS-100",
                "T-shirt",
                List.of(
                        OperationDraft.of(10, "Join shoulders", "0.5", "0.02"),
                        OperationDraft.of(20, "Hem", "1.0", "0.04")));
        List<Operation> ops = setup.bulletin(style.id());
        Run run = setup.startRun(line.id(), style.id(), "PO-1", 400, new BigDecimal("70"), LocalDate.of(2026, 3, 2));
        List<Bundle> bundles = setup.cut(
                run.id(),
                1,
                10,
                List.of(new FloorSetupService.SizeCount("M", 40)),
                20,
                new BigDecimal("55.5"),
                new BigDecimal("2.5"),
                null);
        return new Floor(
                plant,
                admin,
                supervisor,
                ana,
                ben,
                machine,
                machine2,
                line,
                style,
                ops.get(0),
                ops.get(1),
                run,
                bundles);
    }

    static OffsetDateTime utc(String local) {
        return OffsetDateTime.parse(local + ":00Z");
    }
}
