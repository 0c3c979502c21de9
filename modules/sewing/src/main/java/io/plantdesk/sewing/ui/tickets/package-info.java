/** Bundle tickets: a run's tickets with their QR codes, printed through the JavaFX print API or saved as PDF or PNG. */
package io.plantdesk.sewing.ui.tickets;
