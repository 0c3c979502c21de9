/**
 * The parts screen: parts with stock per location (from the ledger), reorder points and unit cost,
 * the low-stock list, reorder suggestions from upcoming PM work, receive and adjust, and a part's
 * movement ledger. View, view model, dialogs and the Feature that wires them.
 */
package io.plantdesk.maintenance.ui.parts;
