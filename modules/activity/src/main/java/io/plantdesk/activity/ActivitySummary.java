package io.plantdesk.activity;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * The Activity dashboard's figures for a range of days.
 *
 * @param perDay  changes per day, oldest first (days without changes are absent)
 * @param byActor changes per person, most first
 * @param byArea  changes per area (table), most first
 */
public record ActivitySummary(List<Count> perDay, List<Count> byActor, List<Count> byArea) {

    /** A label (a day's start as ISO text, a login or a table) and its count. */
    public record Count(String key, OffsetDateTime day, long changes) {}

    public static ActivitySummary of(List<ActivityRow> rows) {
        List<Count> days = rows.stream()
                .filter(ActivityRow::byDay)
                .map(r -> new Count(r.dayStart().toString(), r.dayStart(), r.changes()))
                .sorted(Comparator.comparing(Count::day))
                .toList();
        List<Count> areas = rows.stream()
                .filter(ActivityRow::byArea)
                .map(r -> new Count(r.tableName(), null, r.changes()))
                .sorted(Comparator.comparingLong(Count::changes).reversed().thenComparing(Count::key))
                .toList();
        List<Count> actors = rows.stream()
                .filter(r -> !r.byDay() && !r.byArea())
                .map(r -> new Count(r.actor(), null, r.changes()))
                .sorted(Comparator.comparingLong(Count::changes).reversed().thenComparing(Count::key))
                .toList();
        return new ActivitySummary(days, actors, areas);
    }

    public long total() {
        return perDay.stream().mapToLong(Count::changes).sum();
    }
}
