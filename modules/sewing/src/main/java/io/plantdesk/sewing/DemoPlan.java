package io.plantdesk.sewing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The demo floor's day on one line, shared by the seed (which writes the past and the shift so far)
 * and the feeder (which writes the rest of today's shift as its minutes come): the line cuts enough
 * bundles for its crew to reach the day's efficiency, and each bundle's operations are scanned in
 * even steps through the shift, so at every moment the earned minutes are about that share of the
 * minutes attended (55 to 85 %, like a real floor), never more than the people were there for.
 */
public record DemoPlan(int crew, int operations, BigDecimal styleSmv, int bundles) {

    /** Minutes each operator works in the demo's Morning shift. */
    public static final int WORKED_MINUTES = 450;
    /** Pieces per bundle. */
    public static final int PIECES = 20;
    /** The efficiency the demo's lines are planned at, for their hourly target. */
    public static final double TARGET = 0.70;

    /** The day's plan: bundles for {@code efficiency} (0.55 to 0.85) of the crew's minutes. */
    public static DemoPlan of(int crew, int operations, BigDecimal styleSmv, double efficiency) {
        double earned = crew * WORKED_MINUTES * efficiency;
        int bundles = (int) Math.max(1, Math.round(earned / (PIECES * styleSmv.doubleValue())));
        return new DemoPlan(crew, operations, styleSmv, bundles);
    }

    /** A day's efficiency from its date, steady but not flat: 55, 60, ... 85 %. */
    public static double efficiencyOf(int dayOfYear, int salt) {
        return 0.55 + ((dayOfYear * 7 + salt * 3) % 7) * 0.05;
    }

    /** Garments per hour at the planned efficiency: the line's hourly target. */
    public static int hourlyTarget(int crew, BigDecimal styleSmv) {
        return (int) Math.round(crew * 60 * TARGET / styleSmv.doubleValue());
    }

    /** When operation {@code op} (0-based) of bundle {@code bundle} (0-based) is scanned. */
    public OffsetDateTime scanAt(OffsetDateTime shiftStart, int bundle, int op) {
        double slot = (double) WORKED_MINUTES / bundles;
        long seconds = Math.round((bundle * slot + (op + 1) * slot / operations) * 60);
        return shiftStart.plusSeconds(seconds);
    }

    /** Who scans operation {@code op}: the crew share the bulletin in turn. */
    public int operatorOf(int op) {
        return op % crew;
    }
}
