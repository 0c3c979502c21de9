/** Declarations of scheduled metric rollups that features contribute. */
package io.plantdesk.platform.rollup;
