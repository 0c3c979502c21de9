package io.plantdesk.fleet.ui;

import io.plantdesk.fleet.VehicleEvent;
import java.math.BigDecimal;
import java.time.YearMonth;

/** A line of the timeline list: a month's heading (with what the loaded events of it cost) or an event. */
public sealed interface TimelineRow {

    record Month(YearMonth month, BigDecimal cost) implements TimelineRow {}

    record Event(VehicleEvent event) implements TimelineRow {}
}
