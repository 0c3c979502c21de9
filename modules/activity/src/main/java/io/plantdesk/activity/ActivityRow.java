package io.plantdesk.activity;

import java.time.OffsetDateTime;

/** One line of the grouping-sets result: a day, an area or a person, with its count. */
public record ActivityRow(
        OffsetDateTime dayStart, String tableName, String actor, long changes, boolean byDay, boolean byArea) {}
