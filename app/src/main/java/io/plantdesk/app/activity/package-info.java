/** The Activity dashboard's wiring and its rollup job declaration. */
package io.plantdesk.app.activity;
