package io.plantdesk.maintenance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A labour entry: who worked how long on which day. */
public record Labour(
        UUID id,
        UUID workOrderId,
        UUID personId,
        String personName,
        LocalDate workDate,
        BigDecimal hours,
        String note) {}
