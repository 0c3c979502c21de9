package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.maintenance.api.Priority;
import io.plantdesk.maintenance.api.WorkOrderStatus;
import io.plantdesk.maintenance.api.WorkOrderType;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saved backlog filters in the database: each person's own, shared ones seen by the whole plant and
 * changed only by their owner (row-level security, not the screen), nothing seen across plants,
 * every filter, search and sort restored, and a stale rename refused.
 */
@ExtendWith(PostgresExtension.class)
class SavedFilterServiceTest {

    static TestDatabase db;
    static TestUser asha;
    static TestUser ravi;
    static TestUser elsewhere;

    @BeforeAll
    static void setUp(TestDatabase database) {
        db = database;
        UUID plant = db.createTenant("Filters plant");
        asha = db.createUser(plant, AppRole.PLANNER);
        ravi = db.createUser(plant, AppRole.TECHNICIAN);
        elsewhere = db.createUser(db.createTenant("Filters elsewhere"), AppRole.PLANNER);
    }

    static SavedFilterService as(TestUser u) {
        return new SavedFilterService(db.jdbiAs(u), Clock.systemUTC());
    }

    @Test
    void everyFilterSearchAndSortComesBackAndSavingAgainUnderANameReplacesIt() {
        BacklogQuery q = BacklogQuery.open()
                .withStatuses(Set.of(WorkOrderStatus.APPROVED, WorkOrderStatus.ON_HOLD))
                .withFilters(
                        Set.of(WorkOrderType.EMERGENCY),
                        Set.of(Priority.URGENT, Priority.HIGH),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        null,
                        true)
                .withText("needle / bar | 50% \"off\"; a=b")
                .withSort(BacklogSort.DUE, true)
                .withPage(0, 50);
        as(asha).save("  Line 3 / urgent | today ", q, false);
        assertThat(as(asha).list(50))
                .filteredOn(f -> f.name().equals("Line 3 / urgent | today"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.query()).isEqualTo(q);
                    assertThat(f.mine()).isTrue();
                    assertThat(f.shared()).isFalse();
                });
        as(asha).save("Line 3 / urgent | today", BacklogQuery.open().withPage(0, 50), false);
        assertThat(as(asha).list(50))
                .filteredOn(f -> f.name().startsWith("Line 3"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.query()).isEqualTo(BacklogQuery.open().withPage(0, 50)));
        assertThatThrownBy(() -> as(asha).save(" ", q, false))
                .isInstanceOf(PlantdeskException.class)
                .hasMessage("Give the filters a name of at most 80 characters.");
    }

    @Test
    void aSharedFilterIsSeenByThePlantButChangedOnlyByItsOwner() {
        as(asha).save("Asha private", BacklogQuery.open(), false);
        as(asha).save("Asha shared", BacklogQuery.open().withText("hook"), true);
        assertThat(as(ravi).list(50))
                .extracting(SavedFilter::name)
                .contains("Asha shared")
                .doesNotContain("Asha private");
        SavedFilter shared = as(ravi).list(50).stream()
                .filter(f -> f.name().equals("Asha shared"))
                .findFirst()
                .orElseThrow();
        assertThat(shared.mine()).isFalse();
        assertThat(shared.ownerName()).isNotBlank();
        assertThat(shared.query().text()).isEqualTo("hook");
        // Ravi's client could try anything: the database refuses to change or delete what is not his.
        assertThatThrownBy(() -> as(ravi).rename(shared, "Mine now")).isInstanceOf(PlantdeskException.class);
        assertThatThrownBy(() -> as(ravi).share(shared, false)).isInstanceOf(PlantdeskException.class);
        as(ravi).delete(shared);
        assertThat(as(asha).list(50)).extracting(SavedFilter::name).contains("Asha shared");
        assertThatThrownBy(() -> db.jdbiAs(ravi)
                        .useHandle(h -> h.execute("insert into maint.saved_filter (tenant_id, id, owner_id, "
                                + "name, query) select tenant_id, gen_random_uuid(), owner_id, 'forged', '' from maint.saved_filter "
                                + "where owner_id <> maint.current_person() limit 1")))
                .hasMessageContaining("row-level security");
        // Saving his own of the same name is his, not a change to Asha's.
        as(ravi).save("Asha shared", BacklogQuery.open(), false);
        assertThat(as(ravi).list(50))
                .filteredOn(f -> f.name().equals("Asha shared"))
                .hasSize(2);
        assertThat(as(elsewhere).list(50)).isEmpty();
    }

    @Test
    void renameShareAndDeleteTheirOwnAndAStaleRenameIsRefused() {
        as(ravi).save("Overdue", BacklogQuery.open().withFilters(Set.of(), Set.of(), null, null, null, true), false);
        SavedFilter f = as(ravi).list(50).stream()
                .filter(x -> x.name().equals("Overdue"))
                .findFirst()
                .orElseThrow();
        as(ravi).rename(f, "Overdue, line 2");
        assertThatThrownBy(() -> as(ravi).share(f, true))
                .isInstanceOf(PlantdeskException.class)
                .hasMessageContaining("changed or deleted on another PC");
        SavedFilter renamed = as(ravi).list(50).stream()
                .filter(x -> x.name().equals("Overdue, line 2"))
                .findFirst()
                .orElseThrow();
        assertThat(renamed.query().overdue()).isTrue();
        as(ravi).save("Taken", BacklogQuery.open(), false);
        assertThatThrownBy(() -> as(ravi).rename(renamed, "Taken"))
                .hasMessage("You already have saved filters of that name.");
        as(ravi).share(renamed, true);
        assertThat(as(asha).list(50)).extracting(SavedFilter::name).contains("Overdue, line 2");
        as(ravi).delete(as(ravi).list(50).stream()
                .filter(x -> x.name().equals("Overdue, line 2"))
                .findFirst()
                .orElseThrow());
        assertThat(as(asha).list(50)).extracting(SavedFilter::name).doesNotContain("Overdue, line 2");
    }
}
