/**
 * What the asset tree reads: one level of the hierarchy at a time (children counted, loaded when
 * a branch opens), an asset's meters' readings, and its work-order history paged in SQL. No JavaFX.
 */
package io.plantdesk.maintenance.assets;
