/** The settings contribution point: a feature's own keys in the settings file, found through ServiceLoader. */
package io.plantdesk.platform.settings;
