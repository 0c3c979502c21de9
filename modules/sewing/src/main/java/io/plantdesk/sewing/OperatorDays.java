package io.plantdesk.sewing;

import io.plantdesk.platform.ids.Ids;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Operators' days: efficiency, on-standard efficiency and piece-rate earnings (rework excluded:
 * it is never a scan), and their CSV export for the payroll.
 */
public final class OperatorDays {

    /** The export's header; the columns never change order (payroll sheets read them by position). */
    public static final String CSV_HEADER = "day,operator,line,pieces,earned_minutes,minutes_worked,overtime_minutes,"
            + "off_standard_minutes,efficiency_pct,on_standard_efficiency_pct,earnings,currency";

    private final Jdbi jdbi;
    private final Ids ids;

    public OperatorDays(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /** Every operator's days from {@code from} to {@code to}, both included, in the plant's time zone. */
    public List<OperatorDay> between(LocalDate from, LocalDate to) {
        return Services.inTransaction(jdbi, h -> h.attach(OperatorDayDao.class).operatorDays(from, to));
    }

    /** The plant's pay currency (ISO 4217), empty until an admin sets it. */
    public Optional<String> currency() {
        return Services.inTransaction(jdbi, h -> h.attach(OperatorDayDao.class).currency());
    }

    public void setCurrency(String iso) {
        Services.inTransaction(jdbi, h -> {
            h.attach(OperatorDayDao.class).putCurrency(ids.next(), iso.strip().toUpperCase(Locale.ROOT));
            return null;
        });
    }

    /** Writes the days as CSV (RFC 4180, a header line, '.' decimals whatever the locale). */
    public static void writeCsv(List<OperatorDay> days, String currency, Writer out) {
        try {
            out.write(CSV_HEADER);
            out.write("\r\n");
            for (OperatorDay d : days) {
                out.write(String.join(
                        ",",
                        d.day().toString(),
                        quote(d.operatorName()),
                        quote(d.lineCode()),
                        Long.toString(d.pieces()),
                        plain(d.earnedMinutes()),
                        Long.toString(d.minutesWorked()),
                        Long.toString(d.overtimeMinutes()),
                        plain(d.offStandardMinutes()),
                        d.efficiency().map(OperatorDays::plain).orElse(""),
                        d.onStandardEfficiency().map(OperatorDays::plain).orElse(""),
                        d.earnings().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        quote(currency)));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** A text field quoted when it holds a comma, quote or line break; a leading =+-@ is defused for spreadsheets. */
    static String quote(String s) {
        if (s == null) {
            return "";
        }
        String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
