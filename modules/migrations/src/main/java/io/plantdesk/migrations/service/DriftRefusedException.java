package io.plantdesk.migrations.service;

import io.plantdesk.migrations.catalog.DriftReport;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.Text;

/** A baseline or rollback refused because the environment's catalog drifted; carries the report. */
public final class DriftRefusedException extends PlantdeskException {

    private final transient DriftReport report;

    public DriftRefusedException(Text message, DriftReport report) {
        super(message, ServiceText.of("drift.refused.hint", report.differences().size()));
        this.report = report;
    }

    public DriftReport report() {
        return report;
    }
}
