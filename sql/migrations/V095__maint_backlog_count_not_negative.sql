-- Purpose: the counted backlog never goes below zero (issue 14): maint.backlog_count gets its
--          CHECK (count and hours >= 0). V089 left it out because its single upsert proposed the
--          negative delta as a row, and PostgreSQL checks a proposed row before it finds the
--          conflict. The statement trigger now locks the statement's days in key order, upserts
--          only the days that gain (their proposed rows pass), updates the days that lose (they
--          exist: their open work was counted there), and where a day is missing or would go
--          below zero (a count that drifted, e.g. a load that bypassed the triggers) it counts
--          the plant again from its work orders instead of refusing the user's change.
-- Rollback: U095__maint_backlog_count_not_negative.sql
-- Estimated time: about 1 s per million work orders (the recount before the check).

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
    v_t uuid[];
    v_d date[];
    v_n bigint[];
    v_h numeric[];
    v_r numeric[];
    v_s numeric[];
    drifted uuid[];
begin
    source := case tg_op
        when 'INSERT' then format(share, 1, 1, 1, 1, 'new_rows')
        when 'DELETE' then format(share, -1, -1, -1, -1, 'old_rows')
        else format(share, 1, 1, 1, 1, 'new_rows') || ' union all ' || format(share, -1, -1, -1, -1, 'old_rows') end;
    -- The statement's deltas per plant and day, in key order (the order every writer takes them in).
    execute 'select array_agg(tenant_id order by tenant_id, due_day), array_agg(due_day order by tenant_id, due_day), '
            'array_agg(n order by tenant_id, due_day), array_agg(h order by tenant_id, due_day), '
            'array_agg(r order by tenant_id, due_day), array_agg(s order by tenant_id, due_day) from ('
            'select tenant_id, due_day, sum(n) as n, sum(h) as h, sum(r) as r, sum(s) as s from (' || source || ') x '
            'group by tenant_id, due_day) g'
       into v_t, v_d, v_n, v_h, v_r, v_s;
    if v_t is null then
        return null;
    end if;
    -- Lock the days that exist, in key order: no deadlock between writers, and what the check
    -- below reads stays true until this transaction ends.
    perform 1
       from maint.backlog_count c
       join unnest(v_t, v_d) as z(t, d) on c.tenant_id = z.t and c.due_day = z.d
      order by c.tenant_id, c.due_day
        for update of c;
    -- A day that would lose what it never counted: the count drifted. Count those plants again
    -- (this statement's rows included: an AFTER trigger sees them) rather than go below zero.
    select array_agg(distinct z.t)
      into drifted
      from unnest(v_t, v_d, v_n, v_h, v_r) as z(t, d, n, h, r)
      left join maint.backlog_count c on c.tenant_id = z.t and c.due_day = z.d
     where coalesce(c.open_count, 0) + z.n < 0 or coalesce(c.hours, 0) + z.h < 0
        or coalesce(c.ready_hours, 0) + z.r < 0;
    if drifted is not null then
        perform maint.recount_backlog(t) from unnest(drifted) as t order by t;
        -- The other plants' deltas, still in key order.
        select array_agg(z.t order by z.t, z.d), array_agg(z.d order by z.t, z.d), array_agg(z.n order by z.t, z.d),
               array_agg(z.h order by z.t, z.d), array_agg(z.r order by z.t, z.d), array_agg(z.s order by z.t, z.d)
          into v_t, v_d, v_n, v_h, v_r, v_s
          from unnest(v_t, v_d, v_n, v_h, v_r, v_s) as z(t, d, n, h, r, s)
         where z.t <> all (drifted);
        if v_t is null then
            return null;
        end if;
    end if;
    -- Days that gain or keep (no part negative): added, or new. Only these are proposed as rows.
    insert into maint.backlog_count as c (tenant_id, due_day, open_count, hours, ready_hours, requested_sum)
    select z.t, z.d, z.n, z.h, z.r, z.s
      from unnest(v_t, v_d, v_n, v_h, v_r, v_s) as z(t, d, n, h, r, s)
     where z.n >= 0 and z.h >= 0 and z.r >= 0
     order by z.t, z.d
        on conflict (tenant_id, due_day) do update set open_count = c.open_count + excluded.open_count,
           hours = c.hours + excluded.hours, ready_hours = c.ready_hours + excluded.ready_hours,
           requested_sum = c.requested_sum + excluded.requested_sum;
    -- Days that lose: they exist (locked above), and stay at zero or more (checked above).
    update maint.backlog_count c
       set open_count = c.open_count + z.n, hours = c.hours + z.h, ready_hours = c.ready_hours + z.r,
           requested_sum = c.requested_sum + z.s
      from unnest(v_t, v_d, v_n, v_h, v_r, v_s) as z(t, d, n, h, r, s)
     where c.tenant_id = z.t and c.due_day = z.d and not (z.n >= 0 and z.h >= 0 and z.r >= 0);
    -- The statement's days left with nothing open go (rows this transaction already holds).
    delete from maint.backlog_count c
     using unnest(v_t, v_d) as z(t, d)
     where c.tenant_id = z.t and c.due_day = z.d and c.open_count = 0;
    return null;
end
$$;

-- Any drift from before this script is counted away first, so the check holds from the start.
select maint.recount_backlog(id) from core.tenant;

alter table maint.backlog_count
    add constraint backlog_count_not_negative check (open_count >= 0 and hours >= 0 and ready_hours >= 0);
