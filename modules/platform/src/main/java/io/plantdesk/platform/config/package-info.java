/** Where Plantdesk keeps files on this computer, and the person's own settings. */
package io.plantdesk.platform.config;
