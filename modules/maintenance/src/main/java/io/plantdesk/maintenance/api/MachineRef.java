package io.plantdesk.maintenance.api;

import java.util.UUID;

/** A machine of the asset register, as another feature names it (code and name, no more). */
public record MachineRef(UUID id, String code, String name) {}
