package io.plantdesk.platform.people;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person of a plant with their own PostgreSQL login role. */
public record Person(
        UUID tenantId,
        UUID id,
        String displayName,
        String phone,
        AppRole appRole,
        String loginRole,
        boolean active,
        OffsetDateTime updatedAt,
        String updatedBy,
        int version) {}
