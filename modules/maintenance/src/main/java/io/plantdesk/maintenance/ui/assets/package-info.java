/**
 * The asset tree screen: site, line, machine and component loaded a branch at a time; the chosen
 * asset's details, meters and readings, and its work orders paged in SQL.
 */
package io.plantdesk.maintenance.ui.assets;
