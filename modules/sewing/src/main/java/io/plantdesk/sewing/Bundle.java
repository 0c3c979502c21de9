package io.plantdesk.sewing;

import java.util.UUID;

/** A bundle ticket as the scan station shows it. */
public record Bundle(
        UUID id,
        UUID runId,
        int ticket,
        String size,
        int quantity,
        String qrCode,
        UUID styleId,
        String styleCode,
        String orderRef) {}
