package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.VehicleOverview;
import io.plantdesk.platform.outbox.ReferenceCache;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The fleet overview in the person's reference cache, so the pump's fuel entry still finds its
 * vehicles with the server away (and the screen says how old they are).
 */
final class FleetCache {

    static final String VEHICLES = "fleet.vehicles";
    static final String ZONE = "fleet.zone";

    /** The overview as last loaded, and when. */
    record Loaded(ZoneId zone, List<VehicleOverview> vehicles, Instant asOf) {}

    private FleetCache() {}

    static void save(ReferenceCache cache, ZoneId zone, List<VehicleOverview> vehicles, Instant now) {
        cache.put(ZONE, List.of(Map.of("zone", zone.getId())), now);
        cache.put(
                VEHICLES,
                vehicles.stream()
                        .map(v -> {
                            Map<String, String> m = new LinkedHashMap<>();
                            m.put("id", v.id().toString());
                            m.put("plate", v.plate());
                            m.put("make", v.make());
                            m.put("model", v.model());
                            m.put("status", v.status());
                            m.put("unit", v.odometerUnit());
                            m.put("lastKind", v.lastKind());
                            m.put(
                                    "lastAt",
                                    v.lastAt() == null ? null : v.lastAt().toString());
                            m.put(
                                    "monthCost",
                                    v.monthCost() == null ? null : v.monthCost().toPlainString());
                            m.put("toReview", Integer.toString(v.toReview()));
                            m.put("nextTitle", v.nextTitle());
                            m.put("nextState", v.nextState());
                            m.put(
                                    "nextDueOn",
                                    v.nextDueOn() == null ? null : v.nextDueOn().toString());
                            m.put(
                                    "nextDueOdometer",
                                    v.nextDueOdometer() == null
                                            ? null
                                            : v.nextDueOdometer().toPlainString());
                            return m;
                        })
                        .toList(),
                now);
    }

    static Optional<Loaded> load(ReferenceCache cache) {
        var zone = cache.get(ZONE);
        var vehicles = cache.get(VEHICLES);
        if (zone.isEmpty() || vehicles.isEmpty()) {
            return Optional.empty();
        }
        List<VehicleOverview> list = vehicles.get().rows().stream()
                .map(r -> new VehicleOverview(
                        UUID.fromString(r.get("id")),
                        r.get("plate"),
                        r.get("make"),
                        r.get("model"),
                        r.get("status"),
                        r.get("unit"),
                        r.get("lastKind"),
                        r.get("lastAt") == null ? null : OffsetDateTime.parse(r.get("lastAt")),
                        r.get("monthCost") == null ? null : new BigDecimal(r.get("monthCost")),
                        Integer.parseInt(r.get("toReview")),
                        r.get("nextTitle"),
                        r.get("nextState"),
                        r.get("nextDueOn") == null ? null : LocalDate.parse(r.get("nextDueOn")),
                        r.get("nextDueOdometer") == null ? null : new BigDecimal(r.get("nextDueOdometer"))))
                .toList();
        return Optional.of(new Loaded(
                ZoneId.of(zone.get().rows().getFirst().get("zone")),
                list,
                vehicles.get().savedAt()));
    }
}
