package io.plantdesk.sewing;

import java.util.UUID;

/** A machine and the code of the line it sews on. */
public record MachineOnLine(UUID machineId, String lineCode) {}
