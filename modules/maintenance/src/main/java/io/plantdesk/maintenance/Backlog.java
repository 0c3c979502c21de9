package io.plantdesk.maintenance;

import java.math.BigDecimal;

/**
 * The open backlog now (live from the work orders).
 *
 * @param count          open work orders
 * @param hours          their estimated hours
 * @param readyHours     estimated hours of work approved or scheduled: ready to be done (SMRP 5.4.9
 *                       states it in weeks of the crew's capacity; the dashboard divides)
 * @param overdue        open work orders past their due moment
 * @param averageAgeDays mean age of the open work orders since requested (SMRP 5.4.6 work order aging)
 */
public record Backlog(long count, BigDecimal hours, BigDecimal readyHours, long overdue, BigDecimal averageAgeDays) {}
