/** The backlog: filtered, searched, sorted and paged in SQL, with actions on several rows at once. */
package io.plantdesk.maintenance.ui.backlog;
