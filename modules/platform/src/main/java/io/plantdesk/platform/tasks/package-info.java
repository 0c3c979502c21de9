/** The contract for running blocking work off the UI thread. */
package io.plantdesk.platform.tasks;
