package io.plantdesk.sewing;

import java.util.UUID;

/** Operation {@code operationId} waits for {@code requiresId}: the required one is done first. */
public record Precedence(UUID id, UUID operationId, UUID requiresId) {}
