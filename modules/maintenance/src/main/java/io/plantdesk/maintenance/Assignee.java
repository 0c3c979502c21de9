package io.plantdesk.maintenance;

import java.util.UUID;

/** A person assigned to a work order. */
public record Assignee(UUID personId, String displayName) {}
