package io.plantdesk.sewing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Shift close-out. The supervisor is shown the shift's late scans (recorded after it ended) and
 * closes it, accepting exactly those; the database refuses the close when more arrived since,
 * and from then on refuses any change of the shift's scans, checks, rework, loading, attendance
 * and downtime until a supervisor reopens it with a reason (kept, with who and when, in the audit
 * log). The rules live in sewing.close_shift / reopen_shift, so no client can skip them.
 */
public final class ShiftCloseService {

    private final Jdbi jdbi;

    public ShiftCloseService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The late scans of the shift around {@code at}, oldest first. */
    public List<LateScan> lateScans(OffsetDateTime at) {
        return Services.inTransaction(jdbi, h -> h.attach(CloseoutDao.class).lateScans(at));
    }

    /** Closes the shift around {@code at}, accepting the {@code lateSeen} late scans the supervisor was shown. */
    public ShiftClose close(OffsetDateTime at, int lateSeen) {
        return Services.inTransaction(jdbi, h -> {
            CloseoutDao dao = h.attach(CloseoutDao.class);
            dao.closeShift(at, lateSeen);
            ShiftSpan shift = h.attach(SewingDao.class).shiftAt(at).orElseThrow(() -> SewingText.error("shift.none"));
            return dao.closeOf(shift.startsAt()).orElseThrow();
        });
    }

    public void reopen(OffsetDateTime shiftStart, String reason) {
        Services.inTransaction(jdbi, h -> h.attach(CloseoutDao.class).reopenShift(shiftStart, reason));
    }

    /** The shift's close-out state; empty while it was never closed. */
    public Optional<ShiftClose> state(OffsetDateTime shiftStart) {
        return Services.inTransaction(jdbi, h -> h.attach(CloseoutDao.class).closeOf(shiftStart));
    }
}
