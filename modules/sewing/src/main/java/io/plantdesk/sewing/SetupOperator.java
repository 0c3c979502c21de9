package io.plantdesk.sewing;

import java.util.UUID;

/**
 * A person who sews, as the set-up screen lists them. Someone put on a line before the floor kept
 * numbers (the demo seed, an import) has no operator record yet: {@code version} 0, no number.
 */
public record SetupOperator(
        UUID personId,
        String name,
        String employeeNo,
        int skillLevel,
        UUID lineId,
        String lineCode,
        boolean active,
        int version) {

    public boolean recorded() {
        return version > 0;
    }
}
