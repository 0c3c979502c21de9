package io.plantdesk.maintenance.demo;

import io.plantdesk.maintenance.demo.DemoCatalog.Failure;
import io.plantdesk.maintenance.demo.DemoCatalog.MachineType;
import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.PeopleSeed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * The demo plant's maintenance department: a site with a cutting room, six sewing lines and a
 * finishing room, every machine with its meter and a monthly PM schedule, spare parts with a
 * year's ledger, and a year of breakdowns with their failure codes and half a year of PM work (some
 * late) by the demo's technicians, so that the backlog, the asset history, the parts list and
 * the KPIs show something real on first launch. The same every time (a fixed random seed, dates
 * relative to the plant's today); written once per plant.
 */
public final class MaintenanceDemoSeed implements DemoSeed {

    public static final String NAME = "maintenance";
    static final long RANDOM_SEED = 14_2026L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> after() {
        return Set.of(PeopleSeed.NAME); // technicians, supervisors and operators do and request the work
    }

    @Override
    public void seed(Plant plant) {
        Handle h = plant.handle();
        UUID t = plant.tenant();
        boolean has = h.createQuery("select exists (select 1 from maint.asset where tenant_id = :t)")
                .bind("t", t)
                .mapTo(Boolean.class)
                .one();
        if (has) {
            return;
        }
        Map<String, UUID> people = h
                .createQuery("select login_role, id from core.person where tenant_id = :t and active")
                .bind("t", t)
                .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getObject(2, UUID.class)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<UUID> technicians = byRole(h, t, "technician");
        List<UUID> requesters = byRole(h, t, "supervisor");
        requesters.addAll(byRole(h, t, "operator"));
        if (technicians.isEmpty() || requesters.isEmpty()) {
            return; // a plant without its people gets no maintenance history to attribute
        }
        ZoneId zone = ZoneId.of(h.createQuery("select time_zone from core.tenant where id = :t")
                .bind("t", t)
                .mapTo(String.class)
                .one());
        LocalDate today = LocalDate.now(zone);
        Random rnd = new Random(RANDOM_SEED);
        DemoWriter w = new DemoWriter(
                h,
                t,
                plant.ids(),
                zone,
                today,
                rnd,
                technicians,
                requesters,
                people.getOrDefault("demo_planner", technicians.getFirst()));

        UUID site = w.asset(null, "site", "RG", "Riverside Garments, Gazipur", null, 5, "Plot 14, BSCIC, Gazipur");
        List<DemoWriter.Machine> machines = new ArrayList<>();
        UUID cutting = w.asset(site, "line", "CUT", "Cutting room", null, 4, "Ground floor, east");
        for (int i = 1; i <= 3; i++) {
            machines.add(w.machine(cutting, type("CT"), "CUT-" + i, "Cutter " + i, "Cutting room, table " + i));
        }
        for (int line = 1; line <= DemoCatalog.SEWING_LINES; line++) {
            UUID l = w.asset(site, "line", "L" + line, "Sewing line " + line, null, 4, "First floor, line " + line);
            int seat = 1;
            for (String code : DemoCatalog.SEWING_LINE) {
                MachineType type = type(code);
                machines.add(w.machine(
                        l,
                        type,
                        "L" + line + "-" + code + seat,
                        type.type() + " " + line + "." + seat,
                        "Line " + line + ", seat " + seat));
                seat++;
            }
        }
        UUID finishing = w.asset(site, "line", "FIN", "Finishing room", null, 3, "Second floor");
        for (int i = 1; i <= 4; i++) {
            machines.add(w.machine(finishing, type("SI"), "FIN-SI" + i, "Steam iron " + i, "Finishing, table " + i));
        }
        w.parts();
        UUID template = w.serviceTemplate();
        Function<String, Failure> failure = code -> DemoCatalog.FAILURES.stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow();
        for (DemoWriter.Machine m : machines) {
            w.monthlyService(m, template);
            w.breakdowns(m, failure);
        }
        w.requests(machines);
        w.finish();
        DemoWeek.plan(h, t, plant.ids(), zone, today, technicians);
        // This week's plan is demo history too: its audit rows would show as a burst of edits.
        h.execute(
                "delete from core.audit_log where tenant_id = ? and txid = txid_current() and table_name like 'maint.%'",
                t);
    }

    private static MachineType type(String code) {
        return DemoCatalog.TYPES.stream()
                .filter(x -> x.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    private static List<UUID> byRole(Handle h, UUID t, String role) {
        return new ArrayList<>(
                h.createQuery("select id from core.person where tenant_id = :t and app_role = :r and active "
                                + "order by login_role")
                        .bind("t", t)
                        .bind("r", role)
                        .mapTo(UUID.class)
                        .list());
    }
}
