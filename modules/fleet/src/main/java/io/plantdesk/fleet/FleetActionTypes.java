package io.plantdesk.fleet;

import io.plantdesk.fleet.api.FuelEntry;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.outbox.ActionPayload;
import io.plantdesk.platform.outbox.ActionType;
import io.plantdesk.platform.outbox.ReplayContext;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The fleet's floor actions as outbox action types (META-INF/services): a fill-up at the pump
 * and an odometer reading, each delivered through {@link FleetActionService}, idempotent on the
 * action's client id. The payload keeps the vehicle's plate for the Sync panel.
 */
public final class FleetActionTypes {

    public static final String FUEL = "fleet.fuel_entry";
    public static final String ODOMETER = "fleet.odometer_reading";

    private FleetActionTypes() {}

    public static ActionPayload fuel(FuelEntry e, String vehicleLabel) {
        return payload(
                "vehicle",
                e.vehicleId().toString(),
                "vehicleLabel",
                vehicleLabel,
                "at",
                e.at().toString(),
                "odometer",
                plain(e.odometer()),
                "quantity",
                plain(e.quantity()),
                "unit",
                e.unit(),
                "cost",
                plain(e.cost()),
                "full",
                Boolean.toString(e.filledToFull()),
                "missed",
                Boolean.toString(e.missedPreviousFill()),
                "place",
                e.place());
    }

    public static ActionPayload odometer(UUID vehicleId, String vehicleLabel, OffsetDateTime at, BigDecimal reading) {
        return payload(
                "vehicle",
                vehicleId.toString(),
                "vehicleLabel",
                vehicleLabel,
                "at",
                at.toString(),
                "odometer",
                plain(reading));
    }

    private static String plain(BigDecimal d) {
        return d == null ? null : d.toPlainString();
    }

    private static ActionPayload payload(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return ActionPayload.of(m);
    }

    private static Text field(String key) {
        return FleetText.of("outbox.field." + key);
    }

    /** A number the person typed and may fix in the Sync panel: refused in words when it does not read. */
    private static BigDecimal number(ActionPayload p, String key) {
        if (p.get(key).isEmpty()) {
            return null;
        }
        String raw = p.require(key).strip().replace(',', '.');
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException e) {
            throw new PlantdeskException(FleetText.of("outbox.not.a.number", raw), null, e);
        }
    }

    /** A fill-up. */
    public static final class Fuel implements ActionType {
        @Override
        public String name() {
            return FUEL;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("vehicleLabel", field("vehicle"), false),
                    new PayloadField("at", field("at"), false),
                    new PayloadField("quantity", field("quantity"), true),
                    new PayloadField("odometer", field("odometer"), true),
                    new PayloadField("cost", field("cost"), true),
                    new PayloadField("place", field("place"), true));
        }

        @Override
        public Text describe(ActionPayload p) {
            return FleetText.of(
                    "outbox.fuel",
                    p.get("quantity").orElse("?"),
                    p.get("unit").orElse(""),
                    p.get("vehicleLabel").orElse(""));
        }

        @Override
        public Text conflict(ActionPayload p, PlantdeskException refusal) {
            return FleetText.of("outbox.conflict", p.get("vehicleLabel").orElse(""), refusal.getMessage());
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            FuelEntry e = new FuelEntry(
                    UUID.fromString(p.require("vehicle")),
                    OffsetDateTime.parse(p.require("at")),
                    number(p, "odometer"),
                    number(p, "quantity"),
                    p.require("unit"),
                    number(p, "cost"),
                    Boolean.parseBoolean(p.require("full")),
                    Boolean.parseBoolean(p.require("missed")),
                    p.get("place").orElse(null));
            new FleetActionService(c.jdbi(), c.clock()).recordFuel(clientId, e);
        }
    }

    /** An odometer reading. */
    public static final class Odometer implements ActionType {
        @Override
        public String name() {
            return ODOMETER;
        }

        @Override
        public List<PayloadField> fields() {
            return List.of(
                    new PayloadField("vehicleLabel", field("vehicle"), false),
                    new PayloadField("at", field("at"), false),
                    new PayloadField("odometer", field("odometer"), true));
        }

        @Override
        public Text describe(ActionPayload p) {
            return FleetText.of(
                    "outbox.odometer",
                    p.get("odometer").orElse("?"),
                    p.get("vehicleLabel").orElse(""));
        }

        @Override
        public Text conflict(ActionPayload p, PlantdeskException refusal) {
            return FleetText.of("outbox.conflict", p.get("vehicleLabel").orElse(""), refusal.getMessage());
        }

        @Override
        public void deliver(ReplayContext c, UUID clientId, ActionPayload p) {
            new FleetActionService(c.jdbi(), c.clock())
                    .recordOdometer(
                            clientId,
                            UUID.fromString(p.require("vehicle")),
                            OffsetDateTime.parse(p.require("at")),
                            number(p, "odometer"));
        }
    }
}
