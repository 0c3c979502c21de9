package io.plantdesk.maintenance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A new asset, or an asset's editable fields. Criticality: 1 (run to failure) .. 5 (stops the plant). */
public record AssetDraft(
        UUID parentId,
        AssetKind kind,
        String code,
        String name,
        String assetType,
        String manufacturer,
        String model,
        String serial,
        int criticality,
        String location,
        LocalDate installedOn) {

    public AssetDraft {
        Objects.requireNonNull(kind, "kind");
    }

    public static AssetDraft of(UUID parentId, AssetKind kind, String code, String name) {
        return new AssetDraft(parentId, kind, code, name, null, null, null, null, 3, null, null);
    }
}
