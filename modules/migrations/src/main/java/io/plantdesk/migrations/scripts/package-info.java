/** Where a set of schema scripts lives, and each V script with its header, checksum and U twin. */
package io.plantdesk.migrations.scripts;
