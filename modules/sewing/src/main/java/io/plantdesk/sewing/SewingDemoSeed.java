package io.plantdesk.sewing;

import io.plantdesk.maintenance.api.MachineRef;
import io.plantdesk.maintenance.api.MaintenanceApis;
import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.PeopleSeed;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The demo plant's sewing floor: two lines with the demo's operators, two styles with their
 * operation bulletins and their precedence, a run per line, and three weeks of Morning shifts
 * (weekdays 06:00-14:00 in the demo's calendar) of cutting, bundles, scans and attendance planned
 * by {@link DemoPlan} (55 to 85 % efficiency), today's up to now, plus a few past stops. The
 * {@link DemoFeeder} moves today's shift on while the app is open.
 * Written once: a plant that already has a sewing line is left alone, except that a line with no
 * machine gets the maintenance demo's machines of its seats (read through maintenance's api).
 */
public final class SewingDemoSeed implements DemoSeed {

    static final int DAYS = 21;

    private record Op(int seq, String name, String smv, String rate) {}

    private static final List<Op> TSHIRT = List.of(
            new Op(10, "Join shoulders", "0.45", "0.020"),
            new Op(20, "Attach neck rib", "0.80", "0.035"),
            new Op(30, "Set sleeves", "1.10", "0.048"),
            new Op(40, "Side seams", "0.95", "0.041"),
            new Op(50, "Hem bottom", "0.60", "0.026"));
    private static final List<Op> POLO = List.of(
            new Op(10, "Make placket", "1.40", "0.060"),
            new Op(20, "Join shoulders", "0.45", "0.020"),
            new Op(30, "Attach collar", "1.25", "0.055"),
            new Op(40, "Set sleeves", "1.10", "0.048"),
            new Op(50, "Side seams", "0.95", "0.041"),
            new Op(60, "Hem and label", "0.75", "0.032"));

    @Override
    public String name() {
        return "sewing";
    }

    @Override
    public Set<String> after() {
        // "maintenance": its asset register has the machines the lines sew on.
        return Set.of(PeopleSeed.NAME, "shifts", "maintenance");
    }

    @Override
    public void seed(Plant plant) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        boolean has = h.createQuery("select exists (select 1 from sewing.line where tenant_id = :t)")
                .bind("t", t)
                .mapTo(Boolean.class)
                .one();
        List<UUID> operators = h.createQuery(
                        "select id from core.person where tenant_id = :t and app_role = 'operator' "
                                + "and active order by display_name")
                .bind("t", t)
                .mapTo(UUID.class)
                .list();
        if (!has && operators.size() >= 2) {
            lines(plant, operators);
        }
        MaintenanceApis.find()
                .ifPresent(api -> placeMachines(plant, api.machineRegister(h, t).machines()));
    }

    /**
     * Puts each machine on the line its code names (the maintenance demo codes a seat's machine
     * {@code L<n>-<type><seat>}, e.g. L1-LS3 on line L1), for every line that has no machine yet.
     */
    static void placeMachines(Plant plant, List<MachineRef> machines) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        List<Map.Entry<UUID, String>> bare = h.createQuery(
                        "select l.id, l.code from sewing.line l where l.tenant_id = :t and not exists "
                                + "(select 1 from sewing.line_machine m where m.tenant_id = l.tenant_id and m.line_id = l.id) "
                                + "order by l.code")
                .bind("t", t)
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list();
        for (Map.Entry<UUID, String> line : bare) {
            for (MachineRef m : machines) {
                if (m.code().startsWith(line.getValue() + "-")) {
                    // A machine already on another line stays there: the seed never moves the plant's set-up.
                    h.execute(
                            "insert into sewing.line_machine (tenant_id, id, line_id, machine_id) values (?, ?, ?, ?) "
                                    + "on conflict (tenant_id, machine_id) do nothing",
                            t,
                            plant.ids().next(),
                            line.getKey(),
                            m.id());
                }
            }
        }
    }

    private void lines(Plant plant, List<UUID> operators) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        ZoneId zone = ZoneId.of(h.createQuery("select time_zone from core.tenant where id = :t")
                .bind("t", t)
                .mapTo(String.class)
                .one());
        OffsetDateTime now = OffsetDateTime.now(zone);
        int half = operators.size() / 2;
        line(plant, zone, now, "L1", "Line 1", "TS-100", "Crew-neck T-shirt", TSHIRT, operators.subList(0, half), 1);
        line(
                plant,
                zone,
                now,
                "L2",
                "Line 2",
                "PL-200",
                "Polo shirt",
                POLO,
                operators.subList(half, operators.size()),
                2);
    }

    private void line(
            Plant plant,
            ZoneId zone,
            OffsetDateTime now,
            String code,
            String name,
            String styleCode,
            String styleName,
            List<Op> bulletin,
            List<UUID> crew,
            int salt) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        UUID line = plant.ids().next();
        BigDecimal styleSmv =
                bulletin.stream().map(o -> new BigDecimal(o.smv())).reduce(BigDecimal.ZERO, BigDecimal::add);
        h.execute(
                "insert into sewing.line (tenant_id, id, code, name, hourly_target) values (?, ?, ?, ?, ?)",
                t,
                line,
                code,
                name,
                DemoPlan.hourlyTarget(crew.size(), styleSmv));
        for (UUID p : crew) {
            h.execute(
                    "insert into sewing.line_member (tenant_id, id, line_id, person_id) values (?, ?, ?, ?)",
                    t,
                    plant.ids().next(),
                    line,
                    p);
            // Their employee number and skill, as the set-up screen shows them (skills 2 to 5).
            int n = crew.indexOf(p) + 1;
            h.execute(
                    "insert into sewing.operator (tenant_id, id, person_id, employee_no, skill_level) values (?, ?, ?, ?, ?)",
                    t,
                    plant.ids().next(),
                    p,
                    "E-" + code + "-" + String.format(Locale.ROOT, "%02d", n),
                    2 + (n + salt) % 4);
        }
        UUID style = plant.ids().next();
        h.execute(
                "insert into sewing.style (tenant_id, id, code, name) values (?, ?, ?, ?)",
                t,
                style,
                styleCode,
                styleName);
        UUID[] ops = new UUID[bulletin.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = plant.ids().next();
            Op o = bulletin.get(i);
            h.execute(
                    "insert into sewing.operation (tenant_id, id, style_id, seq, name, smv, piece_rate) "
                            + "values (?, ?, ?, ?, ?, cast(? as numeric), cast(? as numeric))",
                    t,
                    ops[i],
                    style,
                    o.seq(),
                    o.name(),
                    o.smv(),
                    o.rate());
        }
        // Each operation waits for the one before it, except the first two, which are sewn side by side.
        for (int i = 2; i < ops.length; i++) {
            h.execute(
                    "insert into sewing.operation_precedence (tenant_id, id, operation_id, requires_id) values (?, ?, ?, ?)",
                    t,
                    plant.ids().next(),
                    ops[i],
                    ops[i - 1]);
        }
        if (ops.length > 2) {
            h.execute(
                    "insert into sewing.operation_precedence (tenant_id, id, operation_id, requires_id) values (?, ?, ?, ?)",
                    t,
                    plant.ids().next(),
                    ops[2],
                    ops[0]);
        }
        LocalDate first = now.toLocalDate().minusDays(DAYS);
        UUID run = plant.ids().next();
        h.execute(
                "insert into sewing.run (tenant_id, id, line_id, style_id, order_ref, order_qty, target_efficiency, starts_on) "
                        + "values (?, ?, ?, ?, ?, 20000, 70, ?)",
                t,
                run,
                line,
                style,
                DemoFeeder.ORDER_PREFIX + styleCode,
                first);
        String qrStem = "B-" + run.toString().substring(28).toUpperCase() + "-";
        PreparedBatch bundles =
                h.prepareBatch("insert into sewing.bundle (tenant_id, id, run_id, cutting_id, ticket, size, "
                        + "quantity, qr_code) values (:t, :id, :run, :cutting, :ticket, :size, :qty, :qr)");
        PreparedBatch scans =
                // A plain VALUES insert, so the driver sends the batch as multi-row statements (see the admin data
                // source).
                h.prepareBatch("insert into sewing.bundle_scan (tenant_id, id, client_key, bundle_id, operation_id, "
                        + "line_id, operator_id, device, pieces, smv, scanned_at) values (:t, :id, :key, :bundle, :op, :line, :who, "
                        + "'demo', :qty, cast(:smv as numeric), :at)");
        PreparedBatch attendance = h.prepareBatch(
                "insert into sewing.attendance (tenant_id, id, client_key, line_id, person_id, "
                        + "shift_start, minutes_attended, overtime_minutes) values (:t, :id, :key, :line, :who, :start, :minutes, :ot)");
        String[] sizes = {"S", "M", "L", "XL"};
        int ticket = 0;
        int lay = 0;
        for (LocalDate day = first; !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            OffsetDateTime shiftStart =
                    day.atTime(LocalTime.of(6, 0)).atZone(zone).toOffsetDateTime();
            if (shiftStart.isAfter(now)) {
                continue;
            }
            DemoPlan plan =
                    DemoPlan.of(crew.size(), ops.length, styleSmv, DemoPlan.efficiencyOf(day.getDayOfYear(), salt));
            // Today's shift is in progress: its operators have attended the minutes gone by (the feeder adds the rest).
            int attended = (int) Math.max(
                    1,
                    Math.min(
                            DemoPlan.WORKED_MINUTES,
                            Duration.between(shiftStart, now).toMinutes()));
            for (int i = 0; i < crew.size(); i++) {
                attendance
                        .bind("t", t)
                        .bind("id", plant.ids().next())
                        .bind("key", UUID.randomUUID())
                        .bind("line", line)
                        .bind("who", crew.get(i))
                        .bind("start", shiftStart)
                        .bind("minutes", attended)
                        .bind("ot", 0)
                        .add();
            }
            // The day's bundles are cut the hour before the shift, in one lay.
            UUID cutting = plant.ids().next();
            lay++;
            int pieces = plan.bundles() * DemoPlan.PIECES;
            h.execute(
                    "insert into sewing.cutting (tenant_id, id, run_id, lay_no, plies, pieces_cut, fabric_used, wastage, "
                            + "cut_at, minutes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 40)",
                    t,
                    cutting,
                    run,
                    lay,
                    plan.bundles(),
                    pieces,
                    new BigDecimal(pieces).multiply(new BigDecimal("0.35")),
                    new BigDecimal(pieces).multiply(new BigDecimal("0.021")),
                    shiftStart.minusHours(1));
            for (int b = 0; b < plan.bundles(); b++) {
                UUID bundle = plant.ids().next();
                ticket++;
                bundles.bind("t", t)
                        .bind("id", bundle)
                        .bind("run", run)
                        .bind("cutting", cutting)
                        .bind("ticket", ticket)
                        .bind("size", sizes[ticket % 4])
                        .bind("qty", DemoPlan.PIECES)
                        .bind("qr", qrStem + ticket)
                        .add();
                for (int o = 0; o < ops.length; o++) {
                    OffsetDateTime at = plan.scanAt(shiftStart, b, o);
                    if (at.isAfter(now)) {
                        continue;
                    }
                    scans.bind("t", t)
                            .bind("id", plant.ids().next())
                            .bind("key", UUID.randomUUID())
                            .bind("bundle", bundle)
                            .bind("op", ops[o])
                            .bind("smv", bulletin.get(o).smv())
                            .bind("line", line)
                            .bind("who", crew.get(plan.operatorOf(o)))
                            .bind("qty", DemoPlan.PIECES)
                            .bind("at", at)
                            .add();
                }
            }
            if (plan.bundles() > 0
                    && day.getDayOfYear() % 5 == salt
                    && shiftStart.plusHours(3).isBefore(now)) {
                h.execute(
                        "insert into sewing.downtime (tenant_id, id, start_key, stop_key, line_id, reason, note, started_at, "
                                + "ended_at) values (?, ?, ?, ?, ?, ?, '', ?, ?)",
                        t,
                        plant.ids().next(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        line,
                        salt == 1 ? "no_work" : "style_change",
                        shiftStart.plusHours(2),
                        shiftStart.plusHours(2).plusMinutes(20));
            }
        }
        bundles.execute();
        scans.execute();
        attendance.execute();
    }
}
