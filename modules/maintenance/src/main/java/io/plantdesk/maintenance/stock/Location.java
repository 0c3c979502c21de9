package io.plantdesk.maintenance.stock;

import java.util.UUID;

/** A place parts are kept (a store room, a line's cabinet); {@code version} for stale-edit checks. */
public record Location(UUID id, String name, int version) {}
