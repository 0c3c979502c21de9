/**
 * The activity module's benchmark scenario (dashboard from rollups vs raw rows, rollup increment)
 * and its scale generator (audit rows through COPY), registered for modules/bench.
 */
package io.plantdesk.activity.bench;
