package io.plantdesk.sewing;

import java.util.UUID;

/** A sewing line (team); {@code hourlyTarget} is the pieces per hour it aims at. */
public record Line(UUID id, String code, String name, int hourlyTarget, int version) {}
