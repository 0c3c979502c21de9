package io.plantdesk.sewing;

import java.util.UUID;

/** A person of the plant who sews on a line. */
public record LineMember(UUID lineId, UUID personId, String displayName) {}
