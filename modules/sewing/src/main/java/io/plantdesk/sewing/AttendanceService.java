package io.plantdesk.sewing;

import io.plantdesk.platform.ids.Ids;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/**
 * Who worked a shift on a line and for how long (the denominator of efficiency). The shift is
 * the plant's calendar shift the moment falls in, never cut by the clock here.
 */
public final class AttendanceService {

    private final Jdbi jdbi;
    private final Ids ids;

    public AttendanceService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.ids = new Ids(clock);
    }

    /**
     * Records a person's minutes in the shift that {@code during} falls in; the same key again
     * records nothing more.
     *
     * @return false when the key had been used before
     */
    public boolean record(UUID key, UUID lineId, UUID personId, OffsetDateTime during, int minutes, int overtime) {
        return Services.inTransaction(jdbi, h -> {
            SewingDao dao = h.attach(SewingDao.class);
            ShiftSpan shift = dao.shiftAt(during).orElseThrow(() -> SewingText.error("shift.none"));
            if (shift.name() == null) {
                throw SewingText.error("attendance.no.shift");
            }
            return dao.insertAttendance(ids.next(), key, lineId, personId, shift.startsAt(), minutes, overtime) == 1;
        });
    }

    /** The line's attendance sheet for the shift that starts at {@code shiftStart}. */
    public List<AttendanceEntry> sheet(UUID lineId, OffsetDateTime shiftStart) {
        return Services.inTransaction(jdbi, h -> h.attach(AttendanceDao.class).sheet(lineId, shiftStart));
    }

    /**
     * Saves a whole sheet in one transaction: the present are recorded on the line with their
     * minutes (an earlier record of theirs in the shift is corrected), the absent lose theirs. A
     * closed shift is refused by the database with its sentence, and nothing is saved.
     */
    public void saveSheet(UUID lineId, OffsetDateTime shiftStart, List<AttendanceEntry> entries) {
        Services.inTransaction(jdbi, h -> {
            AttendanceDao dao = h.attach(AttendanceDao.class);
            for (AttendanceEntry e : entries) {
                if (e.present()) {
                    dao.put(
                            ids.next(),
                            ids.next(),
                            lineId,
                            e.personId(),
                            shiftStart,
                            e.minutes(),
                            e.overtime() == null ? 0 : e.overtime());
                } else {
                    dao.absent(e.personId(), shiftStart);
                }
            }
            return null;
        });
    }
}
