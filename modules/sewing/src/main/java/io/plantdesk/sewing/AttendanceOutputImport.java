package io.plantdesk.sewing;

import io.plantdesk.platform.Text;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.sewing.TeamDayImport.Progress;
import io.plantdesk.sewing.TeamDayImport.Report;
import io.plantdesk.sewing.TeamDayImport.RowError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Plantdesk's own attendance and output template (docs/sewing-import.md): one row per operator,
 * line and shift with minutes attended, overtime, pieces and their SMV. Attendance lands where the
 * attendance sheet keeps it (and so counts in the shift and day figures); pieces in
 * sewing.operator_output, which the day rollup counts in the line's recorded day. Taken whole like
 * the team file: every bad row reported with its line number and reason, the good ones in one
 * transaction, each behind a savepoint; importing again corrects instead of doubling.
 */
final class AttendanceOutputImport {

    static final String HEADER = "date,shift_start,line,operator,minutes_attended,overtime_minutes,pieces,smv";
    private static final int COLUMNS = 8;

    private final Jdbi jdbi;
    private final Ids ids;

    AttendanceOutputImport(Jdbi jdbi, Ids ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    static boolean isTemplate(String header) {
        return header.replace("\uFEFF", "")
                .strip()
                .toLowerCase(Locale.ROOT)
                .startsWith("date,shift_start,line,operator");
    }

    /** A template row as typed, checked for shape; the plant's names are looked up in the transaction. */
    record Row(
            LocalDate day,
            LocalTime start,
            String line,
            String operator,
            int minutes,
            int overtime,
            int pieces,
            BigDecimal smv) {}

    private record Parsed(int line, Row row) {}

    Report importLines(List<String> lines, Progress progress) {
        List<RowError> errors = new ArrayList<>();
        List<Parsed> good = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            try {
                Row row = parse(lines.get(i));
                String identity =
                        row.day() + "/" + row.start() + "/" + row.line().toLowerCase(Locale.ROOT) + "/"
                                + row.operator().toLowerCase(Locale.ROOT);
                Integer first = seen.putIfAbsent(identity, lineNo);
                if (first != null) {
                    errors.add(new RowError(lineNo, SewingText.of("template.duplicate", first)));
                } else {
                    good.add(new Parsed(lineNo, row));
                }
            } catch (TeamDayImport.RowProblem p) {
                errors.add(new RowError(lineNo, p.reason));
            }
        }
        int total = good.size();
        int[] counts = new int[2];
        try {
            jdbi.useTransaction(h -> {
                SewingDao sewing = h.attach(SewingDao.class);
                TemplateDao template = h.attach(TemplateDao.class);
                int done = 0;
                for (Parsed p : good) {
                    if (progress.cancelled()) {
                        throw new TeamDayImport.Cancelled();
                    }
                    Row r = p.row();
                    h.savepoint("row");
                    try {
                        Text problem = null;
                        UUID line = sewing.lineByCode(r.line()).orElse(null);
                        UUID person = template.personByLogin(r.operator()).orElse(null);
                        OffsetDateTime shift =
                                template.shiftStarting(r.day(), r.start()).orElse(null);
                        if (line == null) {
                            problem = SewingText.of("template.line.unknown", r.line());
                        } else if (person == null) {
                            problem = SewingText.of("template.operator.unknown", r.operator());
                        } else if (shift == null) {
                            problem = SewingText.of(
                                    "template.shift.unknown",
                                    r.day().toString(),
                                    r.start().toString());
                        }
                        if (problem != null) {
                            h.rollbackToSavepoint("row");
                            errors.add(new RowError(p.line(), problem));
                        } else {
                            boolean fresh = template.putAttendance(
                                    ids.next(), ids.next(), line, person, shift, r.minutes(), r.overtime());
                            if (r.pieces() > 0) {
                                template.putOutput(ids.next(), line, person, shift, r.pieces(), r.smv());
                            } else {
                                template.dropOutput(line, person, shift);
                            }
                            counts[fresh ? 0 : 1]++;
                            h.release("row");
                        }
                    } catch (JdbiException e) {
                        h.rollbackToSavepoint("row");
                        errors.add(new RowError(p.line(), TeamDayImport.reason(e)));
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
                .filter(p -> !refused.contains(p.line()))
                .map(p -> p.row().day())
                .sorted()
                .toList();
        return new Report(
                counts[0],
                counts[1],
                List.copyOf(errors),
                days.isEmpty() ? null : days.getFirst(),
                days.isEmpty() ? null : days.getLast(),
                TeamDayImport.Kind.ATTENDANCE);
    }

    static Row parse(String raw) {
        String[] f = raw.split(",", -1);
        if (f.length != COLUMNS) {
            throw new TeamDayImport.RowProblem("template.columns", f.length, COLUMNS);
        }
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].strip();
        }
        LocalDate day;
        try {
            day = LocalDate.parse(f[0]);
        } catch (DateTimeParseException e) {
            throw new TeamDayImport.RowProblem("template.date", f[0]);
        }
        if (day.getYear() < 2000) {
            throw new TeamDayImport.RowProblem("import.date.range", f[0]);
        }
        LocalTime start;
        try {
            start = LocalTime.parse(f[1].length() == 4 ? "0" + f[1] : f[1]);
        } catch (DateTimeParseException e) {
            throw new TeamDayImport.RowProblem("template.time", f[1]);
        }
        if (f[2].isEmpty()) {
            throw new TeamDayImport.RowProblem("template.line.missing");
        }
        if (f[3].isEmpty()) {
            throw new TeamDayImport.RowProblem("template.operator.missing");
        }
        int minutes = TeamDayImport.whole("minutes_attended", f[4], 1, 1440);
        int overtime = f[5].isEmpty() ? 0 : TeamDayImport.whole("overtime_minutes", f[5], 0, 720);
        int pieces = f[6].isEmpty() ? 0 : TeamDayImport.whole("pieces", f[6], 0, 100_000);
        BigDecimal smv = f[7].isEmpty() ? null : TeamDayImport.decimal("smv", f[7], "0.01", "600");
        if (pieces > 0 && smv == null) {
            throw new TeamDayImport.RowProblem("template.smv.missing");
        }
        return new Row(day, start, f[2], f[3], minutes, overtime, pieces, smv);
    }
}
