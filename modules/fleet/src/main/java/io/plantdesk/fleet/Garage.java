package io.plantdesk.fleet;

import java.util.UUID;

/** A garage the plant's vehicles are kept and serviced at. */
public record Garage(UUID id, String name, String address, int version) {}
