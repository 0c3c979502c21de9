package io.plantdesk.sewing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The floor's figures per line: the open shift from the hourly rollup plus the open hour counted
 * live from raw rows ({@link #shiftLive}), or wholly from raw rows ({@link #live}, the count from
 * scratch), closed shifts and hours read from the rollups. Both come from the same SQL
 * function, so a stored shift equals a count from scratch.
 */
public final class FloorFigures {

    private final Jdbi jdbi;
    private final Clock clock;

    public FloorFigures(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Runs {@code reads} in one transaction on one connection: every read of this Jdbi inside it
     * (the floor refresh's eight) reuses the thread's handle instead of taking a connection each,
     * and they all see the same moment.
     */
    public <T> T inOneRead(Supplier<T> reads) {
        return Services.inTransaction(jdbi, h -> reads.get());
    }

    /** The plant's shift (or "no shift" stretch) around now. */
    public Optional<ShiftSpan> currentShift() {
        return shiftAt(OffsetDateTime.now(clock));
    }

    public Optional<ShiftSpan> shiftAt(OffsetDateTime at) {
        return Services.read(jdbi, d -> d.shiftAt(at));
    }

    /** Every line's figures in [from, to), counted from raw rows. */
    public List<LineFigures> live(OffsetDateTime from, OffsetDateTime to) {
        return Services.read(jdbi, d -> d.lineFigures(from, to));
    }

    /** A closed shift's figures as the rollup stored them (lines with no activity are absent). */
    public List<LineFigures> storedShift(OffsetDateTime shiftStart) {
        return Services.read(jdbi, d -> d.storedLineFigures(shiftStart));
    }

    /** Pieces per hour, line and operator in [from, to), counted from raw rows. */
    public List<HourFigures> liveHours(OffsetDateTime from, OffsetDateTime to) {
        return Services.read(jdbi, d -> d.hourFigures(from, to));
    }

    /**
     * Every line's figures in [from, to) as the floor screen reads the running shift: its whole
     * closed hours from the hourly rollup (where it is current), the hour in progress, the shift's
     * part-hours and hours still waiting for the engine from raw rows. Equal to {@link #live}, at a
     * cost that does not grow with the history.
     */
    public List<LineFigures> shiftLive(OffsetDateTime from, OffsetDateTime to) {
        return Services.read(jdbi, d -> d.shiftLineFigures(from, to));
    }

    /** Pieces per hour, line and operator in [from, to), read like {@link #shiftLive}; equal to {@link #liveHours}. */
    public List<HourFigures> shiftHours(OffsetDateTime from, OffsetDateTime to) {
        return Services.read(jdbi, d -> d.shiftHourFigures(from, to));
    }

    /** {@link #shiftHours} summed per line and hour (operator null): what the floor's sparklines read. */
    public List<HourFigures> shiftLineHours(OffsetDateTime from, OffsetDateTime to) {
        return Services.read(jdbi, d -> d.shiftLineHours(from, to));
    }

    /**
     * The floor tiles of [from, to) in one statement, one round trip: per line {@link #shiftLive}'s
     * figures, {@link #liveQuality}'s quality and WIP and {@link #shiftLineHours}'s output per hour.
     */
    public List<FloorLine> floorLines(OffsetDateTime from, OffsetDateTime to) {
        return Services.read(jdbi, d -> d.floorLines(from, to));
    }

    /** Closed hours as the rollup stored them. */
    public List<HourFigures> storedHours(OffsetDateTime from, OffsetDateTime to) {
        return Services.read(jdbi, d -> d.storedHourFigures(from, to));
    }

    /** Every line's quality in [from, to) from raw rows, with its WIP at {@code to} (the floor tiles' DHU and WIP). */
    public List<LineQuality> liveQuality(OffsetDateTime from, OffsetDateTime to) {
        return Services.inTransaction(jdbi, h -> h.attach(QualityDao.class).liveQuality(from, to));
    }

    /**
     * Every line's days in [from, to] (at most a year) from the day rollup: recorded days, and
     * imported team days for lines the floor recorded nothing for that day (V128). Today and days
     * still waiting for the engine are counted from raw rows, so this equals a count from scratch.
     */
    public List<LineDay> days(LocalDate from, LocalDate to) {
        return Services.inTransaction(jdbi, h -> h.attach(LineDayDao.class).lineDays(from, to));
    }
}
