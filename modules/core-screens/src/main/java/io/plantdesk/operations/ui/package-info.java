/** The Operations view: rollup jobs, their lag and errors, and "run now". */
package io.plantdesk.operations.ui;
