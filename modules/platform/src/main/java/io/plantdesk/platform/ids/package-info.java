/** Client-made UUIDv7 ids. */
package io.plantdesk.platform.ids;
