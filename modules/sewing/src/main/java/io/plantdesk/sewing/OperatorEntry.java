package io.plantdesk.sewing;

import java.util.UUID;

/** What the set-up screen sends for an operator; {@code lineId} null takes them off every line. */
public record OperatorEntry(UUID personId, String employeeNo, int skillLevel, UUID lineId, boolean active) {}
