package io.plantdesk.platform.people;

import java.time.OffsetDateTime;
import java.util.UUID;

/** core.person as stored (app_role as text); {@link #toPerson()} gives the domain record. */
public record PersonRow(
        UUID tenantId,
        UUID id,
        String displayName,
        String phone,
        String appRole,
        String loginRole,
        boolean active,
        OffsetDateTime updatedAt,
        String updatedBy,
        int version) {

    public Person toPerson() {
        return new Person(
                tenantId,
                id,
                displayName,
                phone,
                AppRole.fromDb(appRole),
                loginRole,
                active,
                updatedAt,
                updatedBy,
                version);
    }
}
