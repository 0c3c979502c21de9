package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The backlog search's path follows the match density (issue 14's bench: a rare three-word search
 * and a phrase, a few hundred matches among a million, took the ordered scan and walked the whole
 * open backlog, 3.4 s and 1.7 s): a search is looked up through the GIN index unless it has
 * enough matches for the ordered scan to fill the page within {@link WorkOrderService#SCAN_ROWS}.
 */
class SearchCapTest {

    @Test
    void aFewHundredMatchesAmongAMillionAreLookedUpNotScannedFor() {
        int cap = WorkOrderService.searchCap(1_150_000, 51);
        assertThat(cap).isGreaterThan(600); // the rare search's and the phrase's matches
        // The common word (half the rows) and anything with more matches than the largest lookup scan.
        assertThat(cap).isLessThanOrEqualTo(WorkOrderService.MAX_SEARCH_CANDIDATES);
        // At that density the scan fills the page within its budget.
        assertThat(51.0 * 1_150_000 / cap).isLessThanOrEqualTo(WorkOrderService.SCAN_ROWS);
    }

    @Test
    void smallPlantsAndUnanalysedTablesKeepTheSmallestLookup() {
        assertThat(WorkOrderService.searchCap(0, 51)).isEqualTo(WorkOrderService.SEARCH_CANDIDATES);
        assertThat(WorkOrderService.searchCap(5_000, 51)).isEqualTo(WorkOrderService.SEARCH_CANDIDATES);
    }

    @Test
    void deeperPagesNeedDenserMatchesForTheScan() {
        assertThat(WorkOrderService.searchCap(200_000, 501)).isGreaterThan(WorkOrderService.searchCap(200_000, 51));
        assertThat(WorkOrderService.searchCap(100_000_000, 51)).isEqualTo(WorkOrderService.MAX_SEARCH_CANDIDATES);
    }

    @Test
    void aSearchFirstFiltersAThousandToThreeThousandOfTheSortsRows() {
        // A first page (51 rows asked, 50 shown): a word in one row in 20 fills it there.
        assertThat(WorkOrderService.firstWalk(51)).isEqualTo(1020);
        assertThat(WorkOrderService.firstWalk(11)).isEqualTo(WorkOrderService.FIRST_WALK);
        assertThat(WorkOrderService.firstWalk(101)).isEqualTo(2020);
        // Deep pages never walk further than the scan's bound: the lookup answers them.
        assertThat(WorkOrderService.firstWalk(501)).isEqualTo(WorkOrderService.SCAN_ROWS);
    }
}
