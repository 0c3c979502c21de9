package io.plantdesk.shifts;

import io.plantdesk.platform.demo.DemoSeed;

/**
 * The demo plant's shift calendar: morning 06:00-14:00, evening 14:00-22:00 and night
 * 22:00-06:00, Monday to Friday, each with a 30-minute break, valid from a year back so that the
 * demo's whole history falls into shifts. A plant that already has a calendar is left alone.
 */
public final class ShiftDemoSeed implements DemoSeed {

    @Override
    public String name() {
        return "shifts";
    }

    @Override
    public void seed(Plant plant) {
        var h = plant.handle();
        boolean has = h.createQuery(
                        "select exists (select 1 from core.shift_pattern where tenant_id = :t and deleted_at is null)")
                .bind("t", plant.tenant())
                .mapTo(Boolean.class)
                .one();
        if (has) {
            return;
        }
        String[][] shifts = {
            {"Morning", "06:00", "14:00", "10:00"},
            {"Evening", "14:00", "22:00", "18:00"},
            {"Night", "22:00", "06:00", "02:00"}
        };
        for (String[] s : shifts) {
            h.createUpdate("""
                    insert into core.shift_pattern (tenant_id, id, name, starts, ends, breaks, days, valid_from)
                    values (:t, :id, :name, cast(:starts as time), cast(:ends as time),
                            jsonb_build_array(jsonb_build_object('start', :break, 'minutes', 30)),
                            '{1,2,3,4,5}', current_date - 365)""")
                    .bind("t", plant.tenant())
                    .bind("id", plant.ids().next())
                    .bind("name", s[0])
                    .bind("starts", s[1])
                    .bind("ends", s[2])
                    .bind("break", s[3])
                    .execute();
        }
    }
}
