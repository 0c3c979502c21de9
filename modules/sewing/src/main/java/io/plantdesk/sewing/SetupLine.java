package io.plantdesk.sewing;

import java.util.UUID;

/**
 * A line as the set-up screen shows it: deactivated lines too (the floor screens hide them), with
 * how many operators and machines it has.
 */
public record SetupLine(
        UUID id,
        String code,
        String name,
        int hourlyTarget,
        boolean active,
        int operators,
        int machines,
        int version) {}
