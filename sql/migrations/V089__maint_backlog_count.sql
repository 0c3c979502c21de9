-- Purpose: the open backlog counted, not scanned (issue 14): the KPI dashboard's backlog (count,
--          estimated and ready hours, overdue, average age) read every open work order, a third
--          of a million at a million work orders. maint.backlog_count keeps the open work orders
--          per due day (UTC), kept by statement-level triggers with transition tables (one upsert
--          per statement, in key order, deltas added under the row lock, so concurrent writers
--          never lose a count); overdue is the days before today plus today's open work counted
--          live, and the age comes from the sum of the request moments.
-- Rollback: U089__maint_backlog_count.sql
-- Estimated time: about 1 s per million work orders (the first count).

create table maint.backlog_count (
    tenant_id     uuid not null references core.tenant (id),
    -- The UTC day the work is due; 'infinity' for work without a due moment.
    due_day       date not null,
    -- No CHECK (>= 0): PostgreSQL checks the row an upsert proposes (a negative delta) before it
    -- finds the conflict that turns it into an update.
    open_count    bigint not null,
    hours         numeric(16, 2) not null,
    ready_hours   numeric(16, 2) not null,
    -- Sum of the request moments (epoch seconds): mean age = now - requested_sum / open_count.
    requested_sum numeric not null,
    primary key (tenant_id, due_day)
);
select core.enable_tenant_rls('maint.backlog_count');
grant select on maint.backlog_count to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
grant select, insert, update, delete on maint.backlog_count to plantdesk_security;

-- One work order's share of the count: the definition the triggers and the recount share.
create function maint.backlog_share(p_status text, p_due timestamptz, p_hours numeric, p_requested timestamptz,
                                    out open_count int, out due_day date, out hours numeric, out ready_hours numeric,
                                    out requested_sum numeric)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select case when p_status in ('completed', 'closed', 'cancelled') then 0 else 1 end,
           coalesce((p_due at time zone 'UTC')::date, 'infinity'::date),
           coalesce(p_hours, 0),
           case when p_status in ('approved', 'scheduled') then coalesce(p_hours, 0) else 0 end,
           extract(epoch from p_requested)
$$;

-- The statement trigger: new rows' shares in, old rows' shares out, summed per plant and day and
-- added in key order (the order every writer takes the rows in, so no deadlock); then the days of
-- this statement left with nothing open go (rows this statement already holds, no new locks).
create function maint.count_backlog() returns trigger
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
alter function maint.count_backlog() owner to plantdesk_security;
revoke all on function maint.count_backlog() from public;

create trigger backlog_count_ins after insert on maint.work_order referencing new table as new_rows
    for each statement execute function maint.count_backlog();
create trigger backlog_count_upd after update on maint.work_order referencing old table as old_rows new table as new_rows
    for each statement execute function maint.count_backlog();
create trigger backlog_count_del after delete on maint.work_order referencing old table as old_rows
    for each statement execute function maint.count_backlog();

-- A plant's count from scratch: this migration's first count, and loads that bypass the
-- triggers (the bench's COPY). Not for people: no grant.
create function maint.recount_backlog(p_tenant uuid) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    delete from maint.backlog_count where tenant_id = p_tenant;
    insert into maint.backlog_count (tenant_id, due_day, open_count, hours, ready_hours, requested_sum)
    select w.tenant_id, b.due_day, count(*), sum(b.hours), sum(b.ready_hours), sum(b.requested_sum)
      from maint.work_order w cross join lateral maint.backlog_share(w.status, w.due_at, w.estimated_hours, w.requested_at) b
     where w.tenant_id = p_tenant and b.open_count = 1
     group by w.tenant_id, b.due_day;
$$;
alter function maint.recount_backlog(uuid) owner to plantdesk_security;
revoke all on function maint.recount_backlog(uuid) from public;

select maint.recount_backlog(id) from core.tenant;
