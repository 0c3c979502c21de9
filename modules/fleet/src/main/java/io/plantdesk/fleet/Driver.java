package io.plantdesk.fleet;

import java.util.UUID;

/** A person of the plant a vehicle can be handed to, by their name. */
public record Driver(UUID id, String name) {}
