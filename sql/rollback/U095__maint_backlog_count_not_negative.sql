-- Purpose: undo V095__maint_backlog_count_not_negative.sql.
-- Rollback of: V095__maint_backlog_count_not_negative.sql
-- Estimated time: instant.
-- destructive: drops the check (the count may then go below zero again, as before V095).
alter table maint.backlog_count drop constraint backlog_count_not_negative;

-- V089's trigger: one upsert per statement (which cannot live with the check).
create or replace function maint.count_backlog() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    share constant text := 'select w.tenant_id, b.due_day, %s * b.open_count as n, %s * b.hours as h, '
                           '%s * b.ready_hours as r, %s * b.requested_sum as s from %s w cross join lateral '
                           'maint.backlog_share(w.status, w.due_at, w.estimated_hours, w.requested_at) b '
                           'where b.open_count = 1';
    source text;
    empty_tenants uuid[];
    empty_days date[];
begin
    source := case tg_op
        when 'INSERT' then format(share, 1, 1, 1, 1, 'new_rows')
        when 'DELETE' then format(share, -1, -1, -1, -1, 'old_rows')
        else format(share, 1, 1, 1, 1, 'new_rows') || ' union all ' || format(share, -1, -1, -1, -1, 'old_rows') end;
    execute 'with up as (insert into maint.backlog_count as c (tenant_id, due_day, open_count, hours, ready_hours, '
            'requested_sum) select tenant_id, due_day, sum(n), sum(h), sum(r), sum(s) from (' || source || ') d '
            'group by tenant_id, due_day order by tenant_id, due_day '
            'on conflict (tenant_id, due_day) do update set open_count = c.open_count + excluded.open_count, '
            'hours = c.hours + excluded.hours, ready_hours = c.ready_hours + excluded.ready_hours, '
            'requested_sum = c.requested_sum + excluded.requested_sum '
            'returning c.tenant_id, c.due_day, c.open_count) '
            'select array_agg(tenant_id), array_agg(due_day) from up where open_count = 0'
       into empty_tenants, empty_days;
    if empty_days is not null then
        delete from maint.backlog_count c
         using unnest(empty_tenants, empty_days) as z(t, d)
         where c.tenant_id = z.t and c.due_day = z.d and c.open_count = 0;
    end if;
    return null;
end
$$;
