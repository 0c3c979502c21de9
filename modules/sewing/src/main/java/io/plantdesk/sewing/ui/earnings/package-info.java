/** The operators' days screen: efficiency, on-standard efficiency and piece-rate pay, exported as CSV. */
package io.plantdesk.sewing.ui.earnings;
