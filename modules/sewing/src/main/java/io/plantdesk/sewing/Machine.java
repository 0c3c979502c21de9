package io.plantdesk.sewing;

import java.util.UUID;

/** A machine of maintenance's asset register, as the floor picks it for a breakdown. */
public record Machine(UUID id, String code, String name) {}
