package io.plantdesk.maintenance.plan;

import java.util.UUID;

/** A plant shift a technician can be put on (its name as the admins typed it). */
public record ShiftChoice(UUID id, String name) {}
