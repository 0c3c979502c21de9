package io.plantdesk.maintenance;

import java.util.UUID;

/** A checklist template to pick (for a work-order template). */
public record ChecklistChoice(UUID id, String name) {}
