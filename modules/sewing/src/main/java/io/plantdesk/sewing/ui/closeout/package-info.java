/** The shift close-out screen: a shift's figures and late scans, closing it (locking its records) and reopening it. */
package io.plantdesk.sewing.ui.closeout;
