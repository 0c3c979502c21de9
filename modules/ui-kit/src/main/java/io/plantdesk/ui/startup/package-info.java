/** Start-up timing: launch to login window and to first dashboard, logged once per process. */
package io.plantdesk.ui.startup;
