-- Purpose: a vehicle's or a garage's cost chart reads its open month (and any month still waiting
--          for 'fleet_monthly') from the daily rollup like the plant's chart, instead of adding up
--          the month's events live: fleet.cost_day becomes cost per vehicle, day and category
--          (the chart is by category). Its columns last_at, last_kind and month_to_date had no
--          reader since the overview moved to fleet.vehicle_state (V084, V102): they go. Only the
--          days after the engine's last run and today are read from the events. The per-vehicle
--          cost_month_rows (V086), which computed those months live, goes with them.
-- Rollback: U115__fleet_cost_day_by_kind.sql
-- Estimated time: about 2 s per million events (the closed days are filled from the events once).
-- Lock timeout: 5s, 4 retries
-- destructive: cost_day is a rollup, rebuilt below from the events; its dropped columns have no reader.
drop table fleet.cost_day;
create table fleet.cost_day (
    tenant_id  uuid not null references core.tenant (id),
    day_start  timestamptz not null,
    vehicle_id uuid not null,
    kind       text not null,
    cost       numeric(14, 2) not null check (cost >= 0),
    events     int not null check (events > 0),
    -- A vehicle's (or a garage's vehicles') days of a month by category, in key order.
    primary key (tenant_id, vehicle_id, day_start, kind)
);
create index cost_day_day on fleet.cost_day (tenant_id, day_start);
select core.enable_tenant_rls('fleet.cost_day');
grant select on fleet.cost_day
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant select, insert, update, delete on fleet.cost_day to plantdesk_security;

-- destructive: replaced by the by-category rows below (the return type changes).
drop function fleet.cost_day_rows(uuid, timestamptz[], text);
-- destructive: no reader left (cost_months reads the daily rollup for live months).
drop function fleet.cost_month_rows(uuid, timestamptz[], text, uuid[]);

-- Cost and count per vehicle and kind of the given days (live events only).
create function fleet.cost_day_rows(p_tenant uuid, p_days timestamptz[], p_tz text)
    returns table (day_start timestamptz, vehicle_id uuid, kind text, cost numeric, events int)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select d.s, e.vehicle_id, e.kind, round(coalesce(sum(e.cost), 0), 2), count(*)::int
      from unnest(p_days) as d(s)
      join fleet.vehicle_event e on e.tenant_id = p_tenant and e.deleted_at is null
                                and e.occurred_at >= d.s and e.occurred_at < core.bucket_end('day', d.s, p_tz)
     group by 1, 2, 3
$$;

create or replace function fleet.daily_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    written bigint;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    delete from fleet.cost_day where tenant_id = p_tenant and day_start = any (p_buckets);
    insert into fleet.cost_day (tenant_id, day_start, vehicle_id, kind, cost, events)
    select p_tenant, r.* from fleet.cost_day_rows(p_tenant, p_buckets, tz) r;
    get diagnostics written = row_count;
    delete from fleet.cost_kind_day where tenant_id = p_tenant and day_start = any (p_buckets);
    insert into fleet.cost_kind_day select p_tenant, r.* from fleet.cost_kind_day_rows(p_tenant, p_buckets, tz) r;
    return query select (select coalesce(sum(events), 0) from fleet.cost_day
                          where tenant_id = p_tenant and day_start = any (p_buckets))::bigint, written;
end
$$;

-- Each chart from the rollups: closed months whose rollup is current from the months' rows; this
-- month and any month still waiting for 'fleet_monthly' from the days' rows before the first day
-- 'fleet_daily' still has to redo (or today), and live from the events after it. The plant's chart
-- reads the plant's rows by kind; a vehicle's or a garage's its own vehicles' rows.
create or replace function fleet.cost_months(p_from timestamptz, p_to timestamptz, p_vehicle uuid, p_garage uuid)
    returns table (month_start timestamptz, kind text, cost numeric, events int)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
#variable_conflict use_column
declare
    l record;
    vs uuid[];
    live_from timestamptz;
begin
    l := fleet.live_months(p_from, p_to);
    if l.tz is null then
        return;
    end if;
    select least(min(i.bucket_start), core.bucket_start('day', now(), l.tz)) into live_from
      from core.rollup_invalidation i where i.tenant_id = l.tenant and i.job = 'fleet_daily';
    if p_vehicle is null and p_garage is null then
        return query
        select x.month_start, x.kind, round(sum(x.cost), 2), sum(x.events)::int
          from (select k.month_start, k.kind, k.cost, k.events from fleet.cost_kind_month k
                 where k.tenant_id = l.tenant and k.month_start >= p_from and k.month_start < p_to
                   and not (k.month_start = any (l.live))
                union all
                select m.s, d.kind, d.cost, d.events
                  from unnest(l.live) as m(s)
                  join fleet.cost_kind_day d on d.tenant_id = l.tenant and d.day_start >= m.s
                                            and d.day_start < least(core.bucket_end('month', m.s, l.tz), live_from)
                union all
                select m.s, e.kind, coalesce(e.cost, 0), 1
                  from unnest(l.live) as m(s)
                  join fleet.vehicle_event e on e.tenant_id = l.tenant and e.deleted_at is null
                                            and e.occurred_at >= greatest(m.s, live_from)
                                            and e.occurred_at < core.bucket_end('month', m.s, l.tz)) x
         group by 1, 2;
        return;
    end if;
    vs := fleet.scope_vehicles(l.tenant, p_vehicle, p_garage);
    return query
    select x.month_start, x.kind, round(sum(x.cost), 2), sum(x.events)::int
      from (select c.month_start, c.kind, c.cost, c.events from fleet.cost_month c
             where c.tenant_id = l.tenant and c.vehicle_id = any (vs) and c.month_start >= p_from
               and c.month_start < p_to and not (c.month_start = any (l.live))
            union all
            select m.s, d.kind, d.cost, d.events
              from unnest(l.live) as m(s)
              join fleet.cost_day d on d.tenant_id = l.tenant and d.vehicle_id = any (vs) and d.day_start >= m.s
                                   and d.day_start < least(core.bucket_end('month', m.s, l.tz), live_from)
            union all
            select m.s, e.kind, coalesce(e.cost, 0), 1
              from unnest(l.live) as m(s)
              join fleet.vehicle_event e on e.tenant_id = l.tenant and e.vehicle_id = any (vs) and e.deleted_at is null
                                        and e.occurred_at >= greatest(m.s, live_from)
                                        and e.occurred_at < core.bucket_end('month', m.s, l.tz)) x
     group by 1, 2;
end
$fn$;

-- Filled once from the events: every closed day (the engine's pending days it redoes anyway).
insert into fleet.cost_day (tenant_id, day_start, vehicle_id, kind, cost, events)
select e.tenant_id, core.bucket_start('day', e.occurred_at, t.time_zone), e.vehicle_id, e.kind,
       round(coalesce(sum(e.cost), 0), 2), count(*)::int
  from fleet.vehicle_event e
  join core.tenant t on t.id = e.tenant_id
 where e.deleted_at is null and e.occurred_at < core.bucket_start('day', now(), t.time_zone)
 group by 1, 2, 3, 4;
