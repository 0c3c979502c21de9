/**
 * One work order's editor: checked before sending, a stale save shown as a conflict of both
 * versions, and everything typed kept when the server refuses.
 */
package io.plantdesk.maintenance.ui.editor;
