package io.plantdesk.maintenance.stock;

import java.util.UUID;

/** A place parts are kept (a store room, a line's cabinet). */
public record Location(UUID id, String name) {}
