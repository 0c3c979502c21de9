/**
 * The activity module's API for other features: interfaces and records only. Other features
 * depend on this package and nothing else of the module (ArchitectureTest keeps it so).
 */
package io.plantdesk.activity.api;
