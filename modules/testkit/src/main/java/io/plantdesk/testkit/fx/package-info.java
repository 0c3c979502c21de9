/** TestFX support for every module's UI tests: waiting on the FX thread, a feature's context on a test database. */
package io.plantdesk.testkit.fx;
