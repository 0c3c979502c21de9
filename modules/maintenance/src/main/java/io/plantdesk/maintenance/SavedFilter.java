package io.plantdesk.maintenance;

import java.util.UUID;

/**
 * A saved backlog filter: its name, the query it restores (first page), whether the plant sees it,
 * and whose it is ({@code mine}: the person may rename, share or delete it).
 */
public record SavedFilter(
        UUID id, String name, BacklogQuery query, boolean shared, boolean mine, String ownerName, int version) {}
