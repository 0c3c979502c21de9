package io.plantdesk.sewing;

import java.util.List;
import java.util.UUID;

/** What the set-up screen sends for a line: its fields and the machines it sews on. */
public record LineDraft(String code, String name, int hourlyTarget, boolean active, List<UUID> machineIds) {

    public LineDraft {
        machineIds = List.copyOf(machineIds);
    }
}
