/**
 * The maintenance KPI dashboard: backlog, ready backlog, overdue, aging, MTTR, MTBF per asset, PM
 * compliance, planned vs reactive and schedule compliance, each as SMRP defines it, with weekly
 * trends; figures from the KPI rollups (KpiService) and the planner's capacity.
 */
package io.plantdesk.maintenance.ui.kpi;
