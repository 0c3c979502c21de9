package io.plantdesk.activity;

import io.plantdesk.platform.demo.DemoSeed;
import io.plantdesk.platform.demo.PeopleSeed;
import java.util.Set;

/**
 * Sixty days of back-dated audit history (contact edits by the plant's admins, on weekdays) so
 * that the Activity dashboard has something to show on the demo's first launch. Written once per
 * plant: a plant that already has history older than a day is left alone.
 */
public final class ActivityDemoSeed implements DemoSeed {

    static final int DAYS = 60;

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public Set<String> after() {
        return Set.of(PeopleSeed.NAME); // the edits are made by, and to, the demo's people
    }

    @Override
    public void seed(Plant plant) {
        var h = plant.handle();
        boolean has = h.createQuery(
                        "select exists (select 1 from core.audit_log where tenant_id = :t and at < now() - interval '1 day')")
                .bind("t", plant.tenant())
                .mapTo(Boolean.class)
                .one();
        if (has) {
            return;
        }
        h.execute("select setseed(0.42)");
        h.createUpdate("""
                insert into core.audit_log (tenant_id, at, table_name, row_id, action, old_values, new_values, actor)
                select :t, d + make_interval(hours => 7 + (random() * 10)::int, mins => (random() * 59)::int),
                       'core.person', p.id::text, 'UPDATE',
                       jsonb_build_object('phone', p.phone), jsonb_build_object('phone', p.phone), a.actors[1 + floor(random() * cardinality(a.actors))::int]
                  from generate_series(current_date - :days, current_date - 1, interval '1 day') d
                 cross join (select array_agg(login_role order by login_role) as actors from core.person
                              where tenant_id = :t and app_role = 'admin' and active) a
                 cross join lateral (select id, phone from core.person
                                      where tenant_id = :t and extract(isodow from d) < 6
                                      order by random() limit 2 + (random() * 9)::int) p
                 where cardinality(a.actors) > 0""").bind("t", plant.tenant()).bind("days", DAYS).execute();
    }
}
