/** The attendance sheet: who was present in a shift on a line, minutes attended and overtime. */
package io.plantdesk.sewing.ui.attendance;
