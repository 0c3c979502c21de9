package io.plantdesk.maintenance.ui.backlog;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.maintenance.BacklogQuery;
import io.plantdesk.maintenance.BacklogSort;
import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Saved backlog filters: each person's own, every filter restored, odd names and text kept whole. */
class SavedFiltersTest {

    private final UUID asha = UUID.randomUUID();
    private final UUID ravi = UUID.randomUUID();

    @Test
    void eachPersonSeesTheirOwnAndEveryFilterComesBack() {
        BacklogQuery q = BacklogQuery.open().withStatuses(Set.of(WorkOrderStatus.APPROVED, WorkOrderStatus.ON_HOLD))
                .withFilters(Set.of(WorkOrderType.EMERGENCY), Set.of(Priority.URGENT, Priority.HIGH), UUID.randomUUID(),
                        UUID.randomUUID(), null, true)
                .withText("needle / bar | 50% \"off\"; a=b").withSort(BacklogSort.DUE, true)
                .withPage(0, BacklogViewModel.PAGE_SIZE);
        String stored = SavedFilters.with("", asha, "Line 3 / urgent | today", q);
        stored = SavedFilters.with(stored, ravi, "Mine", BacklogQuery.open().withPage(0, BacklogViewModel.PAGE_SIZE));

        assertThat(SavedFilters.of(stored, asha)).singleElement().satisfies(n -> {
            assertThat(n.name()).isEqualTo("Line 3 / urgent | today");
            assertThat(n.query()).isEqualTo(q);
        });
        assertThat(SavedFilters.of(stored, ravi)).extracting(SavedFilters.Named::name).containsExactly("Mine");
        assertThat(stored).doesNotContain("\n", "\t", "\\");
    }

    @Test
    void savingUnderAnExistingNameReplacesItAndDeletingRemovesOnlyThatOne() {
        BacklogQuery overdue = BacklogQuery.open().withFilters(Set.of(), Set.of(), null, null, null, true)
                .withPage(0, BacklogViewModel.PAGE_SIZE);
        String stored = SavedFilters.with("", asha, "Overdue", BacklogQuery.open());
        stored = SavedFilters.with(stored, asha, "Open", BacklogQuery.open());
        stored = SavedFilters.with(stored, asha, "Overdue", overdue);
        assertThat(SavedFilters.of(stored, asha)).extracting(SavedFilters.Named::name).containsExactly("Open", "Overdue");
        assertThat(SavedFilters.of(stored, asha).getLast().query().overdue()).isTrue();
        stored = SavedFilters.without(stored, asha, "Open");
        assertThat(SavedFilters.of(stored, asha)).extracting(SavedFilters.Named::name).containsExactly("Overdue");
    }

    @Test
    void anEntryEditedByHandIntoNonsenseIsSkipped() {
        String stored = SavedFilters.with(asha + "/Broken/s=NOT_A_STATUS", asha, "Good", BacklogQuery.open());
        assertThat(SavedFilters.of(stored, asha)).extracting(SavedFilters.Named::name).containsExactly("Good");
    }
}
