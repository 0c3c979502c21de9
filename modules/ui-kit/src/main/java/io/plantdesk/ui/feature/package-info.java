/** The Feature SPI through which feature modules plug screens into the shell. */
package io.plantdesk.ui.feature;
