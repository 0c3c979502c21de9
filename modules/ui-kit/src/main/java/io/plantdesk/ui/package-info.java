/** Shared JavaFX for every feature: theme, Feature SPI, FX task runner, widgets and their states. */
package io.plantdesk.ui;
