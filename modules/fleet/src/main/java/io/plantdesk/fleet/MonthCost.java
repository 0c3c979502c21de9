package io.plantdesk.fleet;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What the events of one kind cost in a month (its start in the plant's zone), and how many there were. */
public record MonthCost(OffsetDateTime monthStart, EventKind kind, BigDecimal cost, int events) {}
