package io.plantdesk.maintenance.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Hours a person worked on a work order on a day (more than 0, at most 24). */
public record LabourReport(UUID workOrderId, UUID personId, LocalDate workDate, BigDecimal hours, String note) {

    public LabourReport {
        Objects.requireNonNull(workOrderId, "workOrderId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(workDate, "workDate");
        Objects.requireNonNull(hours, "hours");
    }
}
