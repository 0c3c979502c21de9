package io.plantdesk.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The counted backlog never goes below zero: the table refuses a negative count or negative hours,
 * and when the count drifted (a day missing, or fewer hours than its open work, as a load that
 * bypassed the triggers leaves it) the statement trigger counts the plant again instead of
 * driving a day negative, and the planner's change goes through.
 */
@ExtendWith(PostgresExtension.class)
class BacklogCountCheckTest {

    @Test
    void theTableRefusesANegativeCountOrNegativeHours(TestDatabase db) {
        UUID p = db.createTenant("Check plant");
        TestUser planner = db.createUser(p, AppRole.PLANNER);
        OffsetDateTime due =
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).plusDays(3);
        UUID id = insert(db, db.jdbiAs(planner), due, "2.5");
        assertThat(id).isNotNull();
        for (String set : List.of("open_count = -1", "hours = -0.5", "ready_hours = -1")) {
            assertThatThrownBy(() -> db.adminJdbi()
                            .useHandle(h ->
                                    h.execute("update maint.backlog_count set " + set + " where tenant_id = ?", p)))
                    .as(set)
                    .hasMessageContaining("backlog_count_not_negative");
        }
    }

    @Test
    void aDriftedCountIsCountedAgainInsteadOfGoingNegative(TestDatabase db) {
        UUID p = db.createTenant("Drift plant");
        UUID other = db.createTenant("Steady plant");
        TestUser planner = db.createUser(p, AppRole.PLANNER);
        TestUser stranger = db.createUser(other, AppRole.PLANNER);
        Jdbi jdbi = db.jdbiAs(planner);
        OffsetDateTime today = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS);
        UUID a = insert(db, jdbi, today.plusDays(2), "4.0");
        UUID b = insert(db, jdbi, today.plusDays(2), "1.0");
        UUID c = insert(db, jdbi, today.plusDays(5), "3.0");
        insert(db, db.jdbiAs(stranger), today.plusDays(2), "6.0");
        // Drift: day +2 forgotten, day +5 counted without its hours.
        db.adminJdbi().useHandle(h -> {
            h.execute(
                    "delete from maint.backlog_count where tenant_id = ? and due_day = ?",
                    p,
                    today.plusDays(2).toLocalDate());
            h.execute("update maint.backlog_count set hours = 0, ready_hours = 0 where tenant_id = ?", p);
        });

        // One statement takes work out of both drifted days; before, day +2 went to -2.
        jdbi.useHandle(h -> h.execute(
                "update maint.work_order set status = 'cancelled' where id = any (?)", (Object) new UUID[] {a, c}));
        assertThat(counted(db, p)).isEqualTo(scratch(db, p)).hasSize(1);
        assertThat(counted(db, p).getFirst().get("open_count")).isEqualTo(1L);
        // The other plant's day was left alone, and the count keeps following from there.
        assertThat(counted(db, other)).isEqualTo(scratch(db, other)).hasSize(1);
        jdbi.useHandle(h -> h.execute("update maint.work_order set status = 'cancelled' where id = ?", b));
        assertThat(counted(db, p)).isEmpty();
        assertThat(scratch(db, p)).isEmpty();
    }

    private static UUID insert(TestDatabase db, Jdbi jdbi, OffsetDateTime due, String hours) {
        UUID id = db.ids().next();
        jdbi.useHandle(h -> h.execute(
                "insert into maint.work_order (tenant_id, id, number, title, type, status, requested_at, due_at, "
                        + "estimated_hours) values (core.current_tenant(), ?, 0, 'Job', 'corrective', 'approved', "
                        + "now() - interval '1 day', ?, ?)",
                id,
                due,
                new BigDecimal(hours)));
        return id;
    }

    private static List<Map<String, Object>> counted(TestDatabase db, UUID plant) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select due_day, open_count, hours::text as hours, "
                                + "ready_hours::text as ready_hours from maint.backlog_count where tenant_id = :t "
                                + "order by due_day")
                        .bind("t", plant)
                        .mapToMap()
                        .list());
    }

    private static List<Map<String, Object>> scratch(TestDatabase db, UUID plant) {
        return db.adminJdbi()
                .withHandle(h -> h.createQuery("select coalesce((due_at at time zone 'UTC')::date, 'infinity'::date) "
                                + "as due_day, count(*) as open_count, coalesce(sum(estimated_hours), 0)::numeric(16, 2)::text "
                                + "as hours, coalesce(sum(estimated_hours) filter (where status in ('approved', "
                                + "'scheduled')), 0)::numeric(16, 2)::text as ready_hours from maint.work_order "
                                + "where tenant_id = :t and status not in ('completed', 'closed', 'cancelled') "
                                + "group by 1 order by 1")
                        .bind("t", plant)
                        .mapToMap()
                        .list());
    }
}
