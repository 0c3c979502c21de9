/**
 * The benchmark contribution points: scenarios and scale generators that feature modules register
 * through ServiceLoader, run by modules/bench. No JavaFX, no timing in tests.
 */
package io.plantdesk.platform.bench;
