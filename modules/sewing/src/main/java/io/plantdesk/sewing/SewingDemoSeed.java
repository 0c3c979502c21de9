package io.plantdesk.sewing;

import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.PeopleSeed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The demo plant's sewing floor: two lines with the demo's operators, two styles with their
 * operation bulletins, a run per line, and three weeks of Morning shifts (weekdays 06:00-14:00 in
 * the demo's calendar) of bundles, scans and attendance, today's up to now, plus a few past stops.
 * Written once: a plant that already has a sewing line is left alone.
 */
public final class SewingDemoSeed implements DemoSeed {

    static final int DAYS = 21;
    static final int BUNDLES_PER_DAY = 6;
    static final int PIECES = 20;

    private record Op(int seq, String name, String smv, String rate) {
    }

    private static final List<Op> TSHIRT = List.of(new Op(10, "Join shoulders", "0.45", "0.020"),
            new Op(20, "Attach neck rib", "0.80", "0.035"), new Op(30, "Set sleeves", "1.10", "0.048"),
            new Op(40, "Side seams", "0.95", "0.041"), new Op(50, "Hem bottom", "0.60", "0.026"));
    private static final List<Op> POLO = List.of(new Op(10, "Make placket", "1.40", "0.060"),
            new Op(20, "Join shoulders", "0.45", "0.020"), new Op(30, "Attach collar", "1.25", "0.055"),
            new Op(40, "Set sleeves", "1.10", "0.048"), new Op(50, "Side seams", "0.95", "0.041"),
            new Op(60, "Hem and label", "0.75", "0.032"));

    @Override
    public String name() {
        return "sewing";
    }

    @Override
    public Set<String> after() {
        return Set.of(PeopleSeed.NAME, "shifts");
    }

    @Override
    public void seed(Plant plant) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        boolean has = h.createQuery("select exists (select 1 from sewing.line where tenant_id = :t)").bind("t", t)
                .mapTo(Boolean.class).one();
        List<UUID> operators = h.createQuery("select id from core.person where tenant_id = :t and app_role = 'operator' "
                + "and active order by display_name").bind("t", t).mapTo(UUID.class).list();
        if (has || operators.size() < 2) {
            return;
        }
        ZoneId zone = ZoneId.of(h.createQuery("select time_zone from core.tenant where id = :t").bind("t", t)
                .mapTo(String.class).one());
        OffsetDateTime now = OffsetDateTime.now(zone);
        int half = operators.size() / 2;
        line(plant, zone, now, "L1", "Line 1", 60, "TS-100", "Crew-neck T-shirt", TSHIRT, operators.subList(0, half), 1);
        line(plant, zone, now, "L2", "Line 2", 45, "PL-200", "Polo shirt", POLO, operators.subList(half, operators.size()), 2);
    }

    private void line(Plant plant, ZoneId zone, OffsetDateTime now, String code, String name, int target, String styleCode,
                      String styleName, List<Op> bulletin, List<UUID> crew, int salt) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        UUID line = plant.ids().next();
        h.execute("insert into sewing.line (tenant_id, id, code, name, hourly_target) values (?, ?, ?, ?, ?)",
                t, line, code, name, target);
        for (UUID p : crew) {
            h.execute("insert into sewing.line_member (tenant_id, id, line_id, person_id) values (?, ?, ?, ?)",
                    t, plant.ids().next(), line, p);
        }
        UUID style = plant.ids().next();
        h.execute("insert into sewing.style (tenant_id, id, code, name) values (?, ?, ?, ?)", t, style, styleCode, styleName);
        UUID[] ops = new UUID[bulletin.size()];
        for (int i = 0; i < ops.length; i++) {
            ops[i] = plant.ids().next();
            Op o = bulletin.get(i);
            h.execute("insert into sewing.operation (tenant_id, id, style_id, seq, name, smv, piece_rate) "
                    + "values (?, ?, ?, ?, ?, cast(? as numeric), cast(? as numeric))", t, ops[i], style, o.seq(), o.name(),
                    o.smv(), o.rate());
        }
        LocalDate first = now.toLocalDate().minusDays(DAYS);
        UUID run = plant.ids().next();
        h.execute("insert into sewing.run (tenant_id, id, line_id, style_id, order_ref, order_qty, target_efficiency, starts_on) "
                + "values (?, ?, ?, ?, ?, 20000, 65, ?)", t, run, line, style, "PO-" + styleCode, first);
        String qrStem = "B-" + run.toString().substring(28).toUpperCase() + "-";
        PreparedBatch bundles = h.prepareBatch("insert into sewing.bundle (tenant_id, id, run_id, ticket, size, quantity, qr_code) "
                + "values (:t, :id, :run, :ticket, :size, :qty, :qr)");
        PreparedBatch scans = h.prepareBatch("insert into sewing.bundle_scan (tenant_id, id, client_key, bundle_id, operation_id, "
                + "line_id, operator_id, device, pieces, smv, scanned_at) select :t, :id, :key, :bundle, o.id, :line, :who, "
                + "'demo', :qty, o.smv, :at from sewing.operation o where o.tenant_id = :t and o.id = :op");
        PreparedBatch attendance = h.prepareBatch("insert into sewing.attendance (tenant_id, id, client_key, line_id, person_id, "
                + "shift_start, minutes_attended, overtime_minutes) values (:t, :id, :key, :line, :who, :start, :minutes, :ot)");
        String[] sizes = {"S", "M", "L", "XL"};
        int ticket = 0;
        for (LocalDate day = first; !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            OffsetDateTime shiftStart = day.atTime(LocalTime.of(6, 0)).atZone(zone).toOffsetDateTime();
            if (shiftStart.isAfter(now)) {
                continue;
            }
            int variation = (day.getDayOfYear() * 7 + salt * 3) % 5; // a steady but not flat week
            // Today's shift is in progress: its operators have attended the minutes gone by.
            int attended = (int) Math.max(1, Math.min(450, Duration.between(shiftStart, now).toMinutes()));
            for (int i = 0; i < crew.size(); i++) {
                attendance.bind("t", t).bind("id", plant.ids().next()).bind("key", UUID.randomUUID()).bind("line", line)
                        .bind("who", crew.get(i)).bind("start", shiftStart).bind("minutes", attended)
                        .bind("ot", (variation + i) % 3 == 0 ? 30 : 0).add();
            }
            for (int b = 0; b < BUNDLES_PER_DAY + variation; b++) {
                UUID bundle = plant.ids().next();
                ticket++;
                bundles.bind("t", t).bind("id", bundle).bind("run", run).bind("ticket", ticket).bind("size", sizes[ticket % 4])
                        .bind("qty", PIECES).bind("qr", qrStem + ticket).add();
                for (int o = 0; o < ops.length; o++) {
                    OffsetDateTime at = shiftStart.plusMinutes(25L + b * 40L + o * 9L);
                    if (at.isAfter(now) || !at.isBefore(shiftStart.plusHours(8))) {
                        continue;
                    }
                    scans.bind("t", t).bind("id", plant.ids().next()).bind("key", UUID.randomUUID()).bind("bundle", bundle)
                            .bind("op", ops[o]).bind("line", line).bind("who", crew.get(o % crew.size()))
                            .bind("qty", PIECES).bind("at", at).add();
                }
            }
            if (variation == 4 && shiftStart.plusHours(3).isBefore(now)) {
                h.execute("insert into sewing.downtime (tenant_id, id, start_key, stop_key, line_id, reason, note, started_at, "
                        + "ended_at) values (?, ?, ?, ?, ?, ?, '', ?, ?)", t, plant.ids().next(), UUID.randomUUID(),
                        UUID.randomUUID(), line, salt == 1 ? "no_work" : "style_change", shiftStart.plusHours(2),
                        shiftStart.plusHours(2).plusMinutes(20));
            }
        }
        bundles.execute();
        scans.execute();
        attendance.execute();
    }
}
