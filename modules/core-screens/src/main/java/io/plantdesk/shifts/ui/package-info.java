/** The admins' Shifts screen: the plant's shift calendar as a table, with add, edit and delete. */
package io.plantdesk.shifts.ui;
