package io.plantdesk.fleet;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Writes a vehicle's fuel or service records in LubeLogger's export layout (the columns and order
 * of Helper/StaticHelper.cs), so LubeLogger, or Plantdesk's own import, reads them back: dates as
 * ISO days in the plant's zone, plain decimal numbers, booleans as True/False.
 */
public final class LubeLoggerExport {

    static final List<String> FUEL_HEADER = List.of(
            "Date", "Odometer", "FuelConsumed", "Cost", "FuelEconomy", "IsFillToFull", "MissedFuelUp", "Notes", "Tags");
    static final List<String> SERVICE_HEADER = List.of("Date", "Description", "Cost", "Notes", "Odometer", "Tags");

    private final Jdbi jdbi;

    public LubeLoggerExport(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @return the number of records written */
    public int write(UUID vehicleId, ImportKind kind, FuelUnit unit, ZoneId zone, Writer out) throws IOException {
        String[] kinds = kind == ImportKind.FUEL ? new String[] {"fuel"} : new String[] {"maintenance"};
        List<VehicleEvent> events = Db.call(jdbi, h -> h.attach(EventDao.class).ofKinds(vehicleId, kinds));
        out.write(String.join(",", kind == ImportKind.FUEL ? FUEL_HEADER : SERVICE_HEADER) + "\r\n");
        if (kind == ImportKind.FUEL) {
            String odometerUnit = Db.call(jdbi, h -> h.attach(FleetDao.class).vehicle(vehicleId))
                    .map(Vehicle::odometerUnit)
                    .orElse("km");
            for (FuelEconomy.Result r : FuelEconomy.compute(events, odometerUnit)) {
                VehicleEvent e = r.fill();
                String economy = r.economy(unit).isPresent()
                        ? String.format(Locale.ROOT, "%.2f", r.economy(unit).getAsDouble())
                        : "0";
                row(
                        out,
                        day(e, zone),
                        plain(e.odometer()),
                        plain(e.quantity()),
                        plain(e.cost()),
                        economy,
                        bool(e.filledToFull()),
                        bool(e.missedFill()),
                        e.description(),
                        "");
            }
        } else {
            for (VehicleEvent e : events) {
                String text = e.description() == null ? "" : e.description();
                int cut = text.indexOf('\n');
                String description = cut < 0 ? text : text.substring(0, cut);
                String notes = cut < 0 ? "" : text.substring(cut + 1);
                row(out, day(e, zone), description, plain(e.cost()), notes, plain(e.odometer()), "");
            }
        }
        out.flush();
        return events.size();
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(Csv.quote(fields[i]));
        }
        out.write("\r\n");
    }

    private static String day(VehicleEvent e, ZoneId zone) {
        return e.occurredAt().atZoneSameInstant(zone).toLocalDate().toString();
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String bool(Boolean b) {
        return Boolean.TRUE.equals(b) ? "True" : "False";
    }
}
