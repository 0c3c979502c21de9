package io.plantdesk.fleet;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.ids.Ids;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Imports a LubeLogger fuel or service-record export into one vehicle's timeline, whole or not at
 * all: every row is checked first (dates, numbers, required cells) and each bad one is reported
 * with its line; only a file without a bad row is written, in one transaction, where a row the
 * database refuses is reported the same way and undoes the rest. Nothing a person has is lost or
 * half-changed by a bad file.
 */
public final class LubeLoggerImport {

    /** Called after each row is checked or written: rows done out of the total. */
    public interface Progress {
        void update(int done, int total);
    }

    /** A file read for the mapping step: its header and its data rows. */
    public record ImportFile(List<String> header, List<Csv.Row> rows) {}

    private static final Pattern GROUPED = Pattern.compile("^-?\\d{1,3}(,\\d{3})+(\\.\\d+)?$");
    private static final Set<String> FULL = Set.of("1", "true", "full");
    private static final Set<String> MISSED = Set.of("1", "true");
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private final Jdbi jdbi;
    private final Clock clock;
    private final Ids ids;

    public LubeLoggerImport(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.ids = new Ids(clock);
    }

    public static ImportFile read(Reader in) throws IOException {
        List<Csv.Row> all = Csv.read(in);
        if (all.isEmpty()) {
            throw FleetText.error("import.empty");
        }
        List<Csv.Row> data =
                all.subList(1, all.size()).stream().filter(r -> !r.blank()).toList();
        return new ImportFile(all.getFirst().fields().stream().map(String::trim).toList(), data);
    }

    /** The validation step: each row read as it would be imported, and each bad one with its line and why. */
    public record Preview(List<PreviewRow> rows, List<ImportReport.RowError> errors) {}

    /** A good row as it will be saved, with its line in the file. */
    public record PreviewRow(int line, EventDraft draft) {}

    /** Reads every row with {@code mapping} and writes nothing: what the import would save, and what it would refuse. */
    public Preview check(UUID vehicleId, ImportFile file, ColumnMapping mapping, String fuelUnit, ZoneId zone) {
        requireMapping(file, mapping);
        List<PreviewRow> good = new ArrayList<>();
        List<ImportReport.RowError> errors = new ArrayList<>();
        for (Csv.Row row : file.rows()) {
            try {
                good.add(new PreviewRow(row.line(), draft(vehicleId, row, mapping, fuelUnit, zone)));
            } catch (RowProblem p) {
                errors.add(new ImportReport.RowError(row.line(), p.reason));
            }
        }
        return new Preview(List.copyOf(good), List.copyOf(errors));
    }

    /**
     * @param fuelUnit the unit of the file's FuelConsumed ("L", "gal_us", "gal_uk", "kWh")
     * @param zone     the plant's time zone: a LubeLogger date becomes noon of that day there
     */
    public ImportReport run(
            UUID vehicleId, ImportFile file, ColumnMapping mapping, String fuelUnit, ZoneId zone, Progress progress) {
        requireMapping(file, mapping);
        int total = file.rows().size();
        List<EventDraft> drafts = new ArrayList<>(total);
        List<ImportReport.RowError> errors = new ArrayList<>();
        for (Csv.Row row : file.rows()) {
            try {
                drafts.add(draft(vehicleId, row, mapping, fuelUnit, zone));
            } catch (RowProblem p) {
                errors.add(new ImportReport.RowError(row.line(), p.reason));
            }
            progress.update(drafts.size() + errors.size(), total * 2);
        }
        if (!errors.isEmpty()) {
            return new ImportReport(total, 0, 0, List.copyOf(errors));
        }
        try {
            return jdbi.inTransaction(h -> write(h, file, drafts, progress));
        } catch (Refused r) {
            return r.report;
        } catch (JdbiException e) {
            throw FleetText.translate(e);
        }
    }

    /** Every needed field has a column, and the date order is chosen when the file's dates need one. */
    private static void requireMapping(ImportFile file, ColumnMapping mapping) {
        if (!mapping.missing().isEmpty()) {
            throw FleetText.error("import.missing.columns", String.join(", ", mapping.missing()));
        }
        if (mapping.dateOrder() == null && mapping.needsDateOrder(file)) {
            throw FleetText.error("import.date.order.needed");
        }
    }

    private ImportReport write(Handle h, ImportFile file, List<EventDraft> drafts, Progress progress) {
        EventDao dao = h.attach(EventDao.class);
        List<ImportReport.RowError> errors = new ArrayList<>();
        int flagged = 0;
        int total = drafts.size();
        for (int i = 0; i < total; i++) {
            UUID id = ids.next();
            h.savepoint("row");
            try {
                dao.insert(id, drafts.get(i));
                flagged += dao.find(id).orElseThrow().needsReview() ? 1 : 0;
                h.releaseSavepoint("row");
            } catch (JdbiException e) {
                h.rollbackToSavepoint("row");
                RuntimeException sentence = FleetText.translate(e);
                Text reason = sentence instanceof PlantdeskException p
                                && p.messageText().isPresent()
                        ? p.messageText().get()
                        : FleetText.of("import.row.refused", sentence.getMessage());
                errors.add(new ImportReport.RowError(file.rows().get(i).line(), reason));
            }
            progress.update(total + i + 1, total * 2);
        }
        if (!errors.isEmpty()) {
            throw new Refused(new ImportReport(total, 0, 0, List.copyOf(errors)));
        }
        return new ImportReport(total, total, flagged, List.of());
    }

    private EventDraft draft(UUID vehicleId, Csv.Row row, ColumnMapping m, String fuelUnit, ZoneId zone) {
        LocalDate day = date(cell(row, m, "Date"), m.dateOrder() == null ? DateOrder.MONTH_FIRST : m.dateOrder());
        OffsetDateTime at = day.atTime(LocalTime.NOON).atZone(zone).toOffsetDateTime();
        BigDecimal odometer = number(cell(row, m, "Odometer"), "Odometer");
        BigDecimal cost = number(cell(row, m, "Cost"), "Cost");
        String notes = cell(row, m, "Notes");
        if (m.kind() == ImportKind.FUEL) {
            BigDecimal quantity = number(cell(row, m, "FuelConsumed"), "FuelConsumed");
            if (quantity == null || quantity.signum() <= 0) {
                throw new RowProblem(FleetText.of("import.fuel.zero"));
            }
            String full = cell(row, m, "IsFillToFull").toLowerCase(Locale.ROOT);
            boolean filled = full.isEmpty() || FULL.contains(full);
            boolean missed = MISSED.contains(cell(row, m, "MissedFuelUp").toLowerCase(Locale.ROOT));
            return new EventDraft(
                    vehicleId,
                    EventKind.FUEL,
                    at,
                    odometer,
                    cost,
                    quantity,
                    fuelUnit,
                    notes.isEmpty() ? null : notes,
                    null,
                    null,
                    null,
                    filled,
                    missed);
        }
        String description = cell(row, m, "Description");
        if (description.isEmpty()) {
            throw new RowProblem(FleetText.of("import.description.missing"));
        }
        String text = notes.isEmpty() ? description : description + "\n" + notes;
        return EventDraft.of(vehicleId, EventKind.MAINTENANCE, at, odometer, cost, text);
    }

    private static String cell(Csv.Row row, ColumnMapping m, String field) {
        OptionalInt c = m.column(field);
        return c.isPresent() ? row.field(c.getAsInt()) : "";
    }

    private LocalDate date(String text, DateOrder order) {
        if (text.isEmpty()) {
            throw new RowProblem(FleetText.of("import.date.missing"));
        }
        LocalDate d = order.parse(text)
                .orElseThrow(() -> new RowProblem(FleetText.of(
                        order == DateOrder.DAY_FIRST ? "import.date.bad.day.first" : "import.date.bad", text)));
        if (d.isBefore(EARLIEST) || d.isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new RowProblem(FleetText.of("import.date.unlikely", text));
        }
        return d;
    }

    private static BigDecimal number(String text, String field) {
        if (text.isEmpty()) {
            return null;
        }
        String plain = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
        try {
            BigDecimal v = new BigDecimal(plain);
            if (v.signum() < 0) {
                throw new RowProblem(FleetText.of("import.number.negative", field, text));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new RowProblem(FleetText.of("import.number.bad", field, text));
        }
    }

    /** A row that cannot be read, with the sentence for the report. */
    private static final class RowProblem extends RuntimeException {
        private final transient Text reason;

        RowProblem(Text reason) {
            super(reason.key(), null, false, false);
            this.reason = reason;
        }
    }

    /** The database refused some rows: the transaction rolls back and the report goes out. */
    private static final class Refused extends RuntimeException {
        private final transient ImportReport report;

        Refused(ImportReport report) {
            super("import refused", null, false, false);
            this.report = report;
        }
    }
}
