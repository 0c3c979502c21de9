/** The activity rollup's reads: changes per day, area and person, and the audit rows behind them. */
package io.plantdesk.activity;
