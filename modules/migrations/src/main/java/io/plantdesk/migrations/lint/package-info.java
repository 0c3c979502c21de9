/** The rules of sql/README.md as code: naming, headers, U twins, the checksum lock, archive, destructive lines. */
package io.plantdesk.migrations.lint;
