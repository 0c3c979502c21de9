/** The Activity dashboard: view model and view. */
package io.plantdesk.activity.ui;
