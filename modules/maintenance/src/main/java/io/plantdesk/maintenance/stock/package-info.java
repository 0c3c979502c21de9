/**
 * What the parts screen needs beyond {@link io.plantdesk.maintenance.PartsService}: the plant's
 * stock locations and who is who in the ledger (people's names, not their logins). No JavaFX.
 */
package io.plantdesk.maintenance.stock;
