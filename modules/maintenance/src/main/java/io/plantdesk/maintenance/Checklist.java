package io.plantdesk.maintenance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A checklist on a work order. Once signed ({@code signedAt}, {@code signedBy}, and the SHA-256
 * {@code resultsHash} of its results, recorded by the database) nothing in it can change.
 */
public record Checklist(
        UUID id,
        UUID workOrderId,
        String name,
        OffsetDateTime signedAt,
        UUID signedBy,
        String resultsHash,
        int version,
        List<ChecklistItem> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    public boolean signed() {
        return signedAt != null;
    }
}
