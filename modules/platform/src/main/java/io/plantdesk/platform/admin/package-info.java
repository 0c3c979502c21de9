/** Installer-level operations on the admin connection: plants, first people, password resets. */
package io.plantdesk.platform.admin;
