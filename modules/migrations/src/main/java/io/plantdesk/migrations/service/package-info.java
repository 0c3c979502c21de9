/**
 * The migration tracker's work across environments: reading each one's history, the drift report
 * against a scratch database, and the admin actions (migrate with a dry run, baseline, validate,
 * repair, roll back) with their guards: the typed name for production and the promotion gate.
 */
package io.plantdesk.migrations.service;
