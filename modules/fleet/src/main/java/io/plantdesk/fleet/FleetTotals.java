package io.plantdesk.fleet;

import java.math.BigDecimal;

/**
 * The whole fleet above the overview's paged list: its live vehicles, their readings waiting for
 * a person's look, their cost this month (the sum of the list's column, from each vehicle's
 * precomputed row) and the plant's time zone.
 */
public record FleetTotals(int vehicles, int toReview, BigDecimal monthCost, String zone) {}
