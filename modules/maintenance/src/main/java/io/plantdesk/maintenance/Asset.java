package io.plantdesk.maintenance;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An asset of the plant's hierarchy: a site, a line under it, a machine on a line, a component of
 * a machine. {@code depth} is 0 for a site; lists come in tree order (parents before children).
 */
public record Asset(
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
        int depth,
        int version) {}
