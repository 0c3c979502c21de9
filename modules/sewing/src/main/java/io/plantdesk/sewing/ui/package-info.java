/**
 * The sewing floor's screens: the scan station (a keyboard-wedge scanner types into an
 * always-focused field) and the floor status (lines' output, efficiency and stops of the shift,
 * readable at 3 m in Floor mode, with downtime start and stop).
 */
package io.plantdesk.sewing.ui;
