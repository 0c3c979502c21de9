/** The status board: a column per status, cards moved by drag or by keyboard where the workflow allows. */
package io.plantdesk.maintenance.ui.board;
