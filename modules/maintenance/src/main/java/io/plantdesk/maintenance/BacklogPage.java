package io.plantdesk.maintenance;

import java.util.List;

/** A page of the backlog; {@code hasMore} says whether a next page exists (no count of a million rows). */
public record BacklogPage(List<BacklogRow> rows, int offset, boolean hasMore) {}
