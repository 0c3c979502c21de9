package io.plantdesk.maintenance.demo;

import io.plantdesk.maintenance.demo.DemoCatalog.Failure;
import io.plantdesk.maintenance.demo.DemoCatalog.MachineType;
import io.plantdesk.maintenance.demo.DemoCatalog.PartSpec;
import io.plantdesk.platform.ids.Ids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Writes the demo's maintenance department on the seed's admin handle (no tenant of its own, so
 * every row names the plant). Work orders go in oldest first (their numbers follow time) and
 * then walk the workflow the database enforces, in a few set-based steps; their status history
 * is dated back to when each step happened.
 */
final class DemoWriter {

    record Machine(UUID id, MachineType type, String code, int index) {}

    /** A work order to write and the status it should end in. */
    private record Wo(
            UUID id,
            OffsetDateTime requestedAt,
            String title,
            String description,
            String type,
            int priority,
            UUID asset,
            UUID requestedBy,
            OffsetDateTime due,
            BigDecimal estimated,
            BigDecimal actual,
            OffsetDateTime downStart,
            OffsetDateTime downEnd,
            String failureCode,
            String cause,
            String remedy,
            String tag,
            UUID schedule,
            Integer cycle,
            String target,
            OffsetDateTime completedAt,
            OffsetDateTime closedAt,
            UUID technician,
            String part,
            BigDecimal partQty,
            OffsetDateTime scheduled) {}

    private record Move(OffsetDateTime at, String part, BigDecimal qty, UUID workOrder) {}

    /** PM cycles of history per machine: half a year of monthly services. */
    static final int PM_HISTORY = 6;

    private final Handle h;
    private final UUID t;
    private final Ids ids;
    private final ZoneId zone;
    private final LocalDate today;
    private final OffsetDateTime now = OffsetDateTime.now();
    private final Random rnd;
    private final List<UUID> technicians;
    private final List<UUID> requesters;
    private final UUID planner;
    private final List<Wo> orders = new ArrayList<>();
    private final Map<String, UUID> parts = new HashMap<>();
    private UUID store;
    private UUID vendor;
    private int machines;

    DemoWriter(
            Handle h,
            UUID t,
            Ids ids,
            ZoneId zone,
            LocalDate today,
            Random rnd,
            List<UUID> technicians,
            List<UUID> requesters,
            UUID planner) {
        this.h = h;
        this.t = t;
        this.ids = ids;
        this.zone = zone;
        this.today = today;
        this.rnd = rnd;
        this.technicians = technicians;
        this.requesters = requesters;
        this.planner = planner;
    }

    UUID asset(UUID parent, String kind, String code, String name, MachineType type, int criticality, String location) {
        UUID id = ids.next();
        h.createUpdate(
                        "insert into maint.asset (tenant_id, id, parent_id, kind, code, name, asset_type, manufacturer, model, "
                                + "serial, criticality, location, installed_on) values (:t, :id, :parent, :kind, :code, :name, :type, "
                                + ":maker, :model, :serial, :crit, :loc, :installed)")
                .bind("t", t)
                .bind("id", id)
                .bind("parent", parent)
                .bind("kind", kind)
                .bind("code", code)
                .bind("name", name)
                .bind("type", type == null ? null : type.type())
                .bind("maker", type == null ? null : type.maker())
                .bind("model", type == null ? null : type.model())
                .bind(
                        "serial",
                        type == null
                                ? null
                                : type.model().replaceAll("[^A-Z0-9]", "") + "-" + (100000 + rnd.nextInt(900000)))
                .bind("crit", criticality)
                .bind("loc", location)
                .bind("installed", type == null ? null : today.minusDays(400 + rnd.nextInt(2500)))
                .execute();
        return id;
    }

    Machine machine(UUID line, MachineType type, String code, String name, String location) {
        UUID id = asset(line, "machine", code, name, type, type.criticality(), location);
        boolean sews = !type.code().equals("CT") && !type.code().equals("SI");
        if (sews || type.code().equals("CT")) {
            h.createUpdate("insert into maint.meter (tenant_id, id, asset_id, kind, name, total, read_at) "
                            + "values (:t, :id, :a, :kind, :name, :total, :at)")
                    .bind("t", t)
                    .bind("id", ids.next())
                    .bind("a", id)
                    .bind("kind", sews ? "pieces" : "run_hours")
                    .bind("name", sews ? "Pieces sewn" : "Run hours")
                    .bind(
                            "total",
                            BigDecimal.valueOf(sews ? 200_000 + rnd.nextInt(500_000) : 1_500 + rnd.nextInt(2_500)))
                    .bind("at", now.minusHours(1 + rnd.nextInt(8)))
                    .execute();
        }
        if (type.code().equals("CT")) {
            asset(
                    id,
                    "component",
                    code + "-MOT",
                    "Cutter motor " + code.substring(code.length() - 1),
                    null,
                    5,
                    location);
        }
        return new Machine(id, type, code, machines++);
    }

    void parts() {
        vendor = ids.next();
        h.execute(
                "insert into maint.vendor (tenant_id, id, name, contact, phone, email) values (?, ?, 'Dhaka Sewing Spares Ltd.', "
                        + "'Mr. Alamgir Kabir', '+880 2 5566 0101', 'orders@dhakasewingspares.example')",
                t,
                vendor);
        h.execute(
                "insert into maint.vendor (tenant_id, id, name, contact, phone) values (?, ?, 'Gazipur Industrial Supply', "
                        + "'Ms. Nasrin Akter', '+880 1811 223344')",
                t,
                ids.next());
        store = ids.next();
        h.execute("insert into maint.stock_location (tenant_id, id, name) values (?, ?, 'Main store')", t, store);
        h.execute(
                "insert into maint.stock_location (tenant_id, id, name) values (?, ?, 'Line 1 cabinet')",
                t,
                ids.next());
        for (PartSpec p : DemoCatalog.PARTS) {
            UUID id = ids.next();
            parts.put(p.code(), id);
            h.createUpdate(
                            "insert into maint.part (tenant_id, id, code, name, unit, unit_cost, reorder_point, reorder_qty, "
                                    + "vendor_id) values (:t, :id, :code, :name, :unit, :cost, :rp, :rq, :v)")
                    .bind("t", t)
                    .bind("id", id)
                    .bind("code", p.code())
                    .bind("name", p.name())
                    .bind("unit", p.unit())
                    .bind("cost", new BigDecimal(p.cost()))
                    .bind("rp", p.reorderPoint())
                    .bind("rq", p.reorderQty())
                    .bind("v", vendor)
                    .execute();
        }
    }

    UUID serviceTemplate() {
        UUID id = ids.next();
        h.execute(
                "insert into maint.checklist_template (tenant_id, id, name) values (?, ?, 'Monthly machine service')",
                t,
                id);
        Object[][] items = {
            {"Lint cleaned from hook, feed dog and motor fan", "pass_fail", null, null, null},
            {"All oil points filled; no leak", "pass_fail", null, null, null},
            {"Belt deflection at mid-span", "value", "mm", "8", "12"},
            {"Motor current at full speed", "value", "A", "0.8", "1.6"},
            {"Needle guard and finger guard in place", "pass_fail", null, null, null},
            {"Remarks", "note", null, null, null}
        };
        for (int i = 0; i < items.length; i++) {
            h.createUpdate(
                            "insert into maint.checklist_template_item (tenant_id, id, template_id, position, prompt, kind, unit, "
                                    + "low_limit, high_limit) values (:t, :id, :tpl, :pos, :prompt, :kind, :unit, "
                                    + "cast(:low as numeric), cast(:high as numeric))")
                    .bind("t", t)
                    .bind("id", ids.next())
                    .bind("tpl", id)
                    .bind("pos", i + 1)
                    .bind("prompt", (String) items[i][0])
                    .bind("kind", (String) items[i][1])
                    .bind("unit", (String) items[i][2])
                    .bind("low", (String) items[i][3])
                    .bind("high", (String) items[i][4])
                    .execute();
        }
        return id;
    }

    /** A monthly PM schedule and its last six work orders (most on time, some late, a few still open). */
    void monthlyService(Machine m, UUID template) {
        UUID schedule = ids.next();
        OffsetDateTime next = at(today.plusDays(1 + m.index() % 28), 8);
        h.createUpdate("insert into maint.pm_schedule (tenant_id, id, asset_id, title, description, type, priority, "
                        + "checklist_template_id, estimated_hours, interval_days, next_due_at, lead_days, cycle) values (:t, :id, "
                        + ":a, :title, 'Clean, oil, check belt and motor; see the checklist.', 'preventive', 3, :tpl, 1.0, 30, "
                        + ":next, 7, :cycles)")
                .bind("t", t)
                .bind("id", schedule)
                .bind("a", m.id())
                .bind("title", "Monthly service " + m.code())
                .bind("tpl", template)
                .bind("next", next)
                .bind("cycles", PM_HISTORY)
                .execute();
        h.execute(
                "insert into maint.pm_schedule_part (tenant_id, id, schedule_id, part_id, quantity) values (?, ?, ?, ?, 0.1)",
                t,
                ids.next(),
                schedule,
                parts.get("OIL-WHT"));
        for (int k = PM_HISTORY; k >= 1; k--) {
            OffsetDateTime due = next.minusDays(30L * k);
            int roll = rnd.nextInt(100);
            long lateDays = roll < 70 ? rnd.nextInt(3) - 1 : roll < 90 ? 2 + rnd.nextInt(3) : 5 + rnd.nextInt(5);
            OffsetDateTime done = due.plusDays(lateDays).plusHours(1 + rnd.nextInt(7));
            BigDecimal hours = hours(0.6, 1.4);
            boolean finished = done.isBefore(now.minusHours(2));
            OffsetDateTime closed = done.plusDays(1);
            orders.add(new Wo(
                    ids.next(),
                    due.minusDays(7),
                    "Monthly service " + m.code(),
                    "Clean, oil, check belt and motor; see the checklist.",
                    "preventive",
                    3,
                    m.id(),
                    planner,
                    due,
                    BigDecimal.ONE,
                    finished ? hours : null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "pm",
                    schedule,
                    PM_HISTORY + 1 - k,
                    !finished ? "approved" : closed.isBefore(now) ? "closed" : "completed",
                    finished ? done : null,
                    finished && closed.isBefore(now) ? closed : null,
                    pick(technicians),
                    finished ? "OIL-WHT" : null,
                    new BigDecimal("0.1"),
                    due)); // the planner put each service on its due day: schedule compliance has a history
        }
    }

    /** Breakdowns over the past year, spaced as the machine type's mean time between failures. */
    void breakdowns(Machine m, Function<String, Failure> failures) {
        OffsetDateTime t0 = at(today.minusDays(365), 0);
        double mtbf = m.type().mtbfDays();
        for (OffsetDateTime when = t0.plusHours((long) (-Math.log(1 - rnd.nextDouble()) * mtbf * 24));
                when.isBefore(now.minusHours(1));
                when = when.plusHours((long) (-Math.log(1 - rnd.nextDouble()) * mtbf * 24) + 24)) {
            OffsetDateTime req = at(when.atZoneSameInstant(zone).toLocalDate(), 7 + rnd.nextInt(12))
                    .plusMinutes(rnd.nextInt(60));
            if (!req.isBefore(now.minusMinutes(30))) {
                break;
            }
            Failure f = failures.apply(pick(m.type().failures()));
            boolean emergency = rnd.nextInt(100) < 4;
            BigDecimal repair = hours(f.minHours(), f.maxHours());
            OffsetDateTime downEnd = req.plusMinutes(15 + rnd.nextInt(90))
                    .plusMinutes(repair.multiply(BigDecimal.valueOf(60)).longValue());
            boolean open = downEnd.isAfter(now.minusHours(3)) || req.isAfter(now.minusDays(2)) && rnd.nextBoolean();
            String target = open
                    ? List.of("requested", "approved", "in_progress").get(rnd.nextInt(3))
                    : downEnd.plusDays(1).isBefore(now) ? "closed" : "completed";
            boolean done = !open;
            orders.add(new Wo(
                    ids.next(),
                    req,
                    f.title(),
                    "Reported at " + m.code() + ".",
                    emergency ? "emergency" : "corrective",
                    emergency ? 1 : m.type().criticality() >= 4 ? 2 : 2 + rnd.nextInt(2),
                    m.id(),
                    pick(requesters),
                    req.plusHours(emergency ? 2 : 24),
                    null,
                    done ? repair : null,
                    req,
                    done ? downEnd : null,
                    f.code(),
                    done ? f.cause() : null,
                    done ? f.remedy() : null,
                    emergency ? "safety" : "breakdown",
                    null,
                    null,
                    target,
                    done ? downEnd : null,
                    "closed".equals(target) ? downEnd.plusDays(1) : null,
                    pick(technicians),
                    done ? f.part() : null,
                    BigDecimal.ONE,
                    null));
        }
    }

    /**
     * Small defects reported over the last weeks and still waiting for a slot (some approved, some
     * not yet looked at, some past their due day): a real backlog has an older end, which the
     * breakdowns (repaired within a day or two) and the PM work (generated ahead) never give.
     */
    void requests(List<Machine> machines) {
        for (String title : DemoCatalog.MINOR_REQUESTS) {
            Machine m = pick(machines);
            OffsetDateTime req =
                    at(today.minusDays(3 + rnd.nextInt(40)), 8 + rnd.nextInt(9)).plusMinutes(rnd.nextInt(60));
            String target = rnd.nextInt(3) == 0 ? "requested" : "approved";
            orders.add(new Wo(
                    ids.next(),
                    req,
                    title,
                    "Reported at " + m.code() + "; the machine still runs.",
                    "corrective",
                    3 + rnd.nextInt(2),
                    m.id(),
                    pick(requesters),
                    req.plusDays(14),
                    hours(0.5, 2.0),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "request",
                    null,
                    null,
                    target,
                    null,
                    null,
                    pick(technicians),
                    null,
                    BigDecimal.ONE,
                    null));
        }
    }

    void finish() {
        orders.sort(Comparator.comparing(Wo::requestedAt));
        PreparedBatch insert = h.prepareBatch(
                "insert into maint.work_order (tenant_id, id, number, title, description, type, "
                        + "priority, status, asset_id, requested_by, requested_at, due_at, estimated_hours, actual_hours, downtime_start, "
                        + "downtime_end, failure_code, failure_cause, failure_remedy, tags, pm_schedule_id, pm_cycle, pm_due_at, "
                        + "scheduled_start, scheduled_end) "
                        + "values (:t, :id, 0, :title, :description, :type, :priority, :status, :asset, :requestedBy, :requestedAt, :due, "
                        + ":estimated, :actual, :downStart, :downEnd, :failureCode, :cause, :remedy, array[:tag], :schedule, cast(:cycle as int), "
                        + "case when cast(:cycle as int) is null then null else cast(:due as timestamptz) end, :scheduled, :scheduledEnd)");
        h.execute(
                "create temp table demo_wo (id uuid primary key, target text, completed_at timestamptz, closed_at timestamptz) "
                        + "on commit drop");
        PreparedBatch plan = h.prepareBatch("insert into demo_wo values (:id, :target, :completedAt, :closedAt)");
        for (Wo w : orders) {
            insert.bind("t", t)
                    .bind("id", w.id())
                    .bind("title", w.title())
                    .bind("description", w.description())
                    .bind("type", w.type())
                    .bind("priority", w.priority())
                    .bind("asset", w.asset())
                    .bind("requestedBy", w.requestedBy())
                    .bind("requestedAt", w.requestedAt())
                    .bind("due", w.due())
                    .bind("estimated", w.estimated())
                    .bind("actual", w.actual())
                    .bind("downStart", w.downStart())
                    .bind("downEnd", w.downEnd())
                    .bind("failureCode", w.failureCode())
                    .bind("cause", w.cause())
                    .bind("remedy", w.remedy())
                    .bind("tag", w.tag())
                    .bind("schedule", w.schedule())
                    .bind("cycle", w.cycle())
                    .bind("scheduled", w.scheduled())
                    .bind(
                            "scheduledEnd",
                            w.scheduled() == null
                                    ? null
                                    : w.scheduled()
                                            .plusMinutes(w.estimated()
                                                    .max(BigDecimal.ONE)
                                                    .multiply(BigDecimal.valueOf(60))
                                                    .longValue()))
                    .bind("status", w.schedule() == null ? "requested" : "approved")
                    .add();
            plan.bind("id", w.id())
                    .bind("target", w.target())
                    .bind("completedAt", w.completedAt())
                    .bind("closedAt", w.closedAt())
                    .add();
        }
        insert.execute();
        plan.execute();
        // The workflow, one step at a time for every order that goes that far.
        step("approved", "requested", "('approved', 'in_progress', 'completed', 'closed')", "");
        step("in_progress", "approved", "('in_progress', 'completed', 'closed')", "");
        step("completed", "in_progress", "('completed', 'closed')", ", completed_at = d.completed_at");
        step("closed", "completed", "('closed')", ", closed_at = d.closed_at");
        h.execute("""
                update maint.work_order_status s
                   set at = case when s.from_status is null then w.requested_at
                                 else case s.to_status
                                             when 'approved' then w.requested_at + interval '20 minutes'
                                             when 'in_progress' then coalesce(w.completed_at - make_interval(secs => coalesce(w.actual_hours, 1) * 3600),
                                                                              w.requested_at + interval '40 minutes')
                                             when 'completed' then w.completed_at
                                             else w.closed_at end end
                  from maint.work_order w
                 where s.tenant_id = ? and w.tenant_id = s.tenant_id and w.id = s.work_order_id""", t);
        PreparedBatch assign =
                h.prepareBatch("insert into maint.work_order_assignee (tenant_id, id, work_order_id, person_id) "
                        + "values (:t, :id, :wo, :person)");
        PreparedBatch labour =
                h.prepareBatch("insert into maint.labour (tenant_id, id, work_order_id, person_id, work_date, hours) "
                        + "values (:t, :id, :wo, :person, :day, :hours)");
        List<Move> moves = new ArrayList<>();
        for (Wo w : orders) {
            if (!"requested".equals(w.target())) {
                assign.bind("t", t)
                        .bind("id", ids.next())
                        .bind("wo", w.id())
                        .bind("person", w.technician())
                        .add();
            }
            if (w.completedAt() != null) {
                labour.bind("t", t)
                        .bind("id", ids.next())
                        .bind("wo", w.id())
                        .bind("person", w.technician())
                        .bind("day", w.completedAt().atZoneSameInstant(zone).toLocalDate())
                        .bind("hours", w.actual())
                        .add();
                if (w.part() != null) {
                    moves.add(new Move(w.completedAt(), w.part(), w.partQty(), w.id()));
                }
            }
        }
        assign.execute();
        labour.execute();
        stock(moves);
        h.createQuery("select * from maint.generate_pm_for(:t, 1000)")
                .bind("t", t)
                .mapToMap()
                .list();
        // The history above is the record of what happened; its audit rows (all stamped today by
        // the installer) would only show a false burst of edits on the Activity dashboard.
        h.execute(
                "delete from core.audit_log where tenant_id = ? and txid = txid_current() and table_name like 'maint.%'",
                t);
    }

    private void step(String to, String from, String targets, String extra) {
        h.execute(
                "update maint.work_order w set status = '" + to + "'" + extra + " from demo_wo d where w.tenant_id = ? "
                        + "and w.id = d.id and w.status = '" + from + "' and d.target in " + targets,
                t);
    }

    /** Receipts as the store would have made them (a year's opening stock, reorders when low), then the issues. */
    private void stock(List<Move> issues) {
        issues.sort(Comparator.comparing(Move::at));
        Map<String, BigDecimal> onHand = new HashMap<>();
        PreparedBatch ledger = h.prepareBatch(
                "insert into maint.stock_movement (tenant_id, id, part_id, location_id, kind, "
                        + "quantity, unit_cost, work_order_id, vendor_id, reason, at) values (:t, :id, :part, :loc, :kind, :qty, "
                        + "(select unit_cost from maint.part where tenant_id = :t and id = :part), :wo, :vendor, :reason, :at)");
        OffsetDateTime opening = at(today.minusDays(366), 9);
        for (PartSpec p : DemoCatalog.PARTS) {
            BigDecimal q = BigDecimal.valueOf(p.reorderQty() + p.reorderPoint());
            onHand.put(p.code(), q);
            move(ledger, p.code(), "received", q, null, vendor, null, opening);
        }
        for (Move m : issues) {
            PartSpec spec = DemoCatalog.PARTS.stream()
                    .filter(p -> p.code().equals(m.part()))
                    .findFirst()
                    .orElseThrow();
            BigDecimal have = onHand.get(m.part());
            if (have.subtract(m.qty()).compareTo(BigDecimal.valueOf(spec.reorderPoint())) < 0
                    && m.at().isBefore(now.minusDays(20))) {
                BigDecimal q = BigDecimal.valueOf(spec.reorderQty());
                move(ledger, m.part(), "received", q, null, vendor, null, m.at().minusHours(20));
                have = have.add(q);
            }
            if (have.compareTo(m.qty()) < 0) {
                continue; // out of stock in the last weeks: the work was done with a part from elsewhere
            }
            move(ledger, m.part(), "issued", m.qty().negate(), m.workOrder(), null, null, m.at());
            onHand.put(m.part(), have.subtract(m.qty()));
        }
        move(
                ledger,
                "LINT-BRUSH",
                "adjusted",
                BigDecimal.valueOf(-21),
                null,
                null,
                "stock count: brushes worn out and thrown away",
                now.minusDays(3));
        ledger.execute();
    }

    private void move(
            PreparedBatch b,
            String part,
            String kind,
            BigDecimal qty,
            UUID wo,
            UUID v,
            String reason,
            OffsetDateTime at) {
        b.bind("t", t)
                .bind("id", ids.next())
                .bind("part", parts.get(part))
                .bind("loc", store)
                .bind("kind", kind)
                .bind("qty", qty)
                .bind("wo", wo)
                .bind("vendor", v)
                .bind("reason", reason)
                .bind("at", at)
                .add();
    }

    private OffsetDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(zone).toOffsetDateTime();
    }

    private BigDecimal hours(double min, double max) {
        double v = min + rnd.nextDouble() * (max - min);
        return BigDecimal.valueOf(Math.max(0.25, Math.round(v * 4) / 4.0)).setScale(2, RoundingMode.HALF_UP);
    }

    private <T> T pick(List<T> from) {
        return from.get(rnd.nextInt(from.size()));
    }
}
