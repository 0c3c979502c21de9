package io.plantdesk.maintenance.assets;

import io.plantdesk.maintenance.AssetKind;
import java.time.LocalDate;
import java.util.UUID;

/** An asset as the tree shows it: its fields and how many children it has (loaded when expanded). */
public record AssetNode(
        UUID id,
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
        LocalDate installedOn,
        int children) {}
