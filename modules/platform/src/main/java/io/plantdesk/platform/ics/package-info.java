/** iCalendar (RFC 5545) text that calendar programs import, for every feature that exports a calendar. */
package io.plantdesk.platform.ics;
