package io.plantdesk.migrations.service;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.platform.PlantdeskException;

/** A baseline or rollback refused because the environment's catalog drifted; carries the report. */
public final class DriftRefusedException extends PlantdeskException {

    private final transient DriftReport report;

    public DriftRefusedException(String message, DriftReport report) {
        super(message, "Nothing was changed. The drift report lists " + report.differences().size() + " difference(s).");
        this.report = report;
    }

    public DriftReport report() {
        return report;
    }
}
