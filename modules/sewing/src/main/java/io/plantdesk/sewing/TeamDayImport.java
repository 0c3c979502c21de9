package io.plantdesk.sewing;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;
import io.plantdesk.platform.ids.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Imports daily team production records in the shape of the published garment productivity file
 * (date m/d/yyyy, quarter, department, day, team, targeted_productivity, smv, wip, over_time,
 * incentive, idle_time, idle_men, no_of_style_change, no_of_workers, actual_productivity). The
 * whole file is read, every bad row is reported with its line number and reason, and the good
 * rows go in one transaction (each behind a savepoint, so a row the database refuses is reported
 * too and loses nothing else). Sewing teams become sewing lines "T<n>" when missing; importing
 * the file again updates its days. A file in Plantdesk's own attendance and output template
 * (docs/sewing-import.md) goes through {@link AttendanceOutputImport} the same way.
 */
public final class TeamDayImport {

    static final int COLUMNS = 15;

    private final Jdbi jdbi;
    private final Ids ids;

    public TeamDayImport(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** How far the import is: rows done out of the file's rows. */
    public interface Progress {
        void at(int done, int total);

        /** True once the person asked to stop: the import stops between rows and writes nothing. */
        default boolean cancelled() {
            return false;
        }
    }

    /** The person stopped the import: its transaction was rolled back, nothing of the file went in. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("import cancelled", null, false, false);
        }
    }

    /** A row left out: its line in the file (the header is line 1) and why. */
    public record RowError(int line, Text reason) {}

    /**
     * What the import did: rows added and updated (team days, or the template's operator shifts),
     * the rows left out, and the days the file's good rows span (null when none went in), so a
     * screen can show those days afterwards.
     */
    public record Report(
            int inserted, int updated, List<RowError> errors, LocalDate firstDay, LocalDate lastDay, Kind kind) {}

    /** Which shape the file had: the published team file, or Plantdesk's attendance and output template. */
    public enum Kind {
        TEAM_DAYS,
        ATTENDANCE
    }

    public Report importFile(Path file, Progress progress) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return importLines(lines, progress);
    }

    Report importLines(List<String> lines, Progress progress) {
        if (!lines.isEmpty() && AttendanceOutputImport.isTemplate(lines.getFirst())) {
            return new AttendanceOutputImport(jdbi, ids).importLines(lines, progress);
        }
        if (lines.isEmpty()
                || !lines.getFirst()
                        .replace("\uFEFF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .startsWith("year,quarter,department,day,team")) {
            throw SewingText.error("import.header");
        }
        List<RowError> errors = new ArrayList<>();
        List<Parsed> good = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (raw.isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            try {
                TeamDay row = parse(raw);
                String identity = row.day() + "/" + row.department() + "/" + row.team();
                Integer first = seen.putIfAbsent(identity, lineNo);
                if (first != null) {
                    errors.add(new RowError(lineNo, SewingText.of("import.duplicate", first)));
                } else {
                    good.add(new Parsed(lineNo, row));
                }
            } catch (RowProblem p) {
                errors.add(new RowError(lineNo, p.reason));
            }
        }
        int total = good.size();
        int[] counts = new int[2];
        try {
            jdbi.useTransaction(h -> {
                SewingDao dao = h.attach(SewingDao.class);
                Map<Integer, UUID> teamLines = new HashMap<>();
                int done = 0;
                for (Parsed p : good) {
                    if (progress.cancelled()) {
                        throw new Cancelled();
                    }
                    h.savepoint("row");
                    try {
                        UUID line =
                                p.row.department().equals("sewing") ? lineOf(h, dao, teamLines, p.row.team()) : null;
                        counts[dao.upsertTeamDay(ids.next(), p.row, line) ? 0 : 1]++;
                        h.release("row");
                    } catch (JdbiException e) {
                        h.rollbackToSavepoint("row");
                        teamLines.clear();
                        errors.add(new RowError(p.line, reason(e)));
                    }
                    if (++done % 100 == 0 || done == total) {
                        progress.at(done, total);
                    }
                }
            });
        } catch (JdbiException e) {
            throw SewingText.translate(e);
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        Set<Integer> refused = errors.stream().map(RowError::line).collect(Collectors.toSet());
        List<LocalDate> days = good.stream()
                .filter(p -> !refused.contains(p.line))
                .map(p -> p.row.day())
                .sorted()
                .toList();
        return new Report(
                counts[0],
                counts[1],
                List.copyOf(errors),
                days.isEmpty() ? null : days.getFirst(),
                days.isEmpty() ? null : days.getLast(),
                Kind.TEAM_DAYS);
    }

    /** The imported days in [from, to]. */
    public List<TeamDay> days(LocalDate from, LocalDate to) {
        return Services.read(jdbi, d -> d.teamDays(from, to));
    }

    private UUID lineOf(Handle h, SewingDao dao, Map<Integer, UUID> cache, int team) {
        return cache.computeIfAbsent(
                team,
                t -> dao.lineByCode("T" + t).orElseGet(() -> {
                    UUID id = ids.next();
                    dao.insertLine(
                            id, "T" + t, SewingText.of("import.team.line", t).english(), 0);
                    return id;
                }));
    }

    static Text reason(JdbiException e) {
        return SewingText.translate(e) instanceof PlantdeskException pe
                        && pe.messageText().isPresent()
                ? pe.messageText().get()
                : SewingText.of("import.refused");
    }

    private record Parsed(int line, TeamDay row) {}

    /** A row's one reason for being left out. */
    static final class RowProblem extends RuntimeException {
        final transient Text reason;

        RowProblem(String key, Object... args) {
            super(key, null, false, false);
            this.reason = SewingText.of(key, args);
        }
    }

    static TeamDay parse(String raw) {
        String[] f = raw.split(",", -1);
        if (f.length != COLUMNS) {
            throw new RowProblem("import.columns", f.length, COLUMNS);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        LocalDate day = date(f[0]);
        String weekday = day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (!weekday.equalsIgnoreCase(f[3])) {
            throw new RowProblem("import.weekday", f[0], weekday, f[3]);
        }
        if (day.getYear() < 2000) {
            throw new RowProblem("import.date.range", f[0]);
        }
        String department = switch (f[2].toLowerCase(Locale.ROOT)) {
            case "sweing", "sewing" -> "sewing";
            case "finishing" -> "finishing";
            default -> throw new RowProblem("import.department", f[2]);
        };
        int team = whole("team", f[4], 1, 999);
        BigDecimal target = decimal("targeted_productivity", f[5], "0.0001", "1");
        BigDecimal smv = decimal("smv", f[6], "0.01", "600");
        Integer wip = f[7].isEmpty() ? null : whole("wip", f[7], 0, Integer.MAX_VALUE);
        int overtime = whole("over_time", f[8], 0, 1_000_000);
        BigDecimal incentive = decimal("incentive", f[9], "0", "9999999999");
        BigDecimal idle = decimal("idle_time", f[10], "0", "9999999");
        int idleMen = whole("idle_men", f[11], 0, 100_000);
        int changes = whole("no_of_style_change", f[12], 0, 100);
        BigDecimal workers = decimal("no_of_workers", f[13], "0.1", "1000");
        BigDecimal actual = decimal("actual_productivity", f[14], "0", "5");
        return new TeamDay(
                day, department, team, target, smv, wip, overtime, incentive, idle, idleMen, changes, workers, actual);
    }

    private static LocalDate date(String s) {
        String[] p = s.split("/");
        try {
            if (p.length == 3) {
                return LocalDate.of(Integer.parseInt(p[2]), Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            }
        } catch (NumberFormatException | DateTimeException e) {
            // falls through to the sentence below
        }
        throw new RowProblem("import.date", s);
    }

    static int whole(String column, String s, int min, int max) {
        BigDecimal v = decimal(column, s, Integer.toString(min), Integer.toString(max));
        if (v.stripTrailingZeros().scale() > 0) {
            throw new RowProblem("import.whole", column, s);
        }
        return v.intValueExact();
    }

    static BigDecimal decimal(String column, String s, String min, String max) {
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new RowProblem("import.number", column, s);
        }
        if (v.compareTo(new BigDecimal(min)) < 0 || v.compareTo(new BigDecimal(max)) > 0) {
            throw new RowProblem("import.range", column, s, min, max);
        }
        return v;
    }
}
