package io.plantdesk.maintenance.assets;

import java.util.List;

/** A page of an asset's work-order history; {@code more} when a next page exists. */
public record HistoryPage(List<AssetHistoryRow> rows, int offset, boolean more) {

    public HistoryPage {
        rows = List.copyOf(rows);
    }
}
