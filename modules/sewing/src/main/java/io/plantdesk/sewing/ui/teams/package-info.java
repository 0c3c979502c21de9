/**
 * Team days: the daily team production records imported from the garment productivity file, and
 * the screen that imports such a file (progress, the rows left out by line and reason).
 */
package io.plantdesk.sewing.ui.teams;
