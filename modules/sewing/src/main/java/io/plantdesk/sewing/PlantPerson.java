package io.plantdesk.sewing;

import java.util.UUID;

/** A person of the plant who is not an operator yet (the people the set-up screen can add). */
public record PlantPerson(UUID id, String name) {}
