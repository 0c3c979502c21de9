-- Purpose: undo V115__fleet_cost_day_by_kind.sql: cost_day per vehicle and day with the latest
--          event and the running month-to-date, and the functions as V074 and V086 made them.
-- Rollback of: V115__fleet_cost_day_by_kind.sql
-- Estimated time: about 2 s per million events (the closed days are filled from the events once).
-- destructive: cost_day is a rollup, rebuilt below from the events in its earlier shape.
drop table fleet.cost_day;
create table fleet.cost_day (
    tenant_id  uuid not null references core.tenant (id),
    day_start  timestamptz not null,
    vehicle_id uuid not null,
    cost       numeric(14, 2) not null check (cost >= 0),
    events     int not null check (events > 0),
    -- The vehicle's latest live event that day, and its cost from the first of the month to the
    -- end of that day: the overview reads one row per vehicle instead of a month of days.
    last_at    timestamptz not null,
    last_kind  text not null,
    month_to_date numeric(14, 2) not null default 0,
    primary key (tenant_id, vehicle_id, day_start)
);
create index cost_day_day on fleet.cost_day (tenant_id, day_start);
select core.enable_tenant_rls('fleet.cost_day');
grant select on fleet.cost_day
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant select, insert, update, delete on fleet.cost_day to plantdesk_security;

drop function fleet.cost_day_rows(uuid, timestamptz[], text);
create function fleet.cost_day_rows(p_tenant uuid, p_days timestamptz[], p_tz text)
    returns table (day_start timestamptz, vehicle_id uuid, cost numeric, events int, last_at timestamptz, last_kind text)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select d.s, e.vehicle_id, round(coalesce(sum(e.cost), 0), 2), count(*)::int, max(e.occurred_at),
           (array_agg(e.kind order by e.occurred_at desc, e.kind))[1]
      from unnest(p_days) as d(s)
      join fleet.vehicle_event e on e.tenant_id = p_tenant and e.deleted_at is null
                                and e.occurred_at >= d.s and e.occurred_at < core.bucket_end('day', d.s, p_tz)
     group by 1, 2
$$;

create function fleet.cost_month_rows(p_tenant uuid, p_months timestamptz[], p_tz text, p_vehicles uuid[])
    returns table (month_start timestamptz, vehicle_id uuid, kind text, cost numeric, events int)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select m.s, e.vehicle_id, e.kind, round(coalesce(sum(e.cost), 0), 2), count(*)::int
      from unnest(p_months) as m(s)
      cross join unnest(p_vehicles) as v(id)
      join fleet.vehicle_event e on e.tenant_id = p_tenant and e.vehicle_id = v.id and e.deleted_at is null
                                and e.occurred_at >= m.s and e.occurred_at < core.bucket_end('month', m.s, p_tz)
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
    insert into fleet.cost_day (tenant_id, day_start, vehicle_id, cost, events, last_at, last_kind)
    select p_tenant, r.* from fleet.cost_day_rows(p_tenant, p_buckets, tz) r;
    get diagnostics written = row_count;
    delete from fleet.cost_kind_day where tenant_id = p_tenant and day_start = any (p_buckets);
    insert into fleet.cost_kind_day select p_tenant, r.* from fleet.cost_kind_day_rows(p_tenant, p_buckets, tz) r;
    -- The running month-to-date of every day from the first picked day's month to the last one's.
    update fleet.cost_day c set month_to_date = x.mtd
      from (select d.vehicle_id, d.day_start,
                   sum(d.cost) over (partition by d.vehicle_id, core.bucket_start('month', d.day_start, tz)
                                     order by d.day_start) as mtd
              from fleet.cost_day d
             where d.tenant_id = p_tenant
               and d.day_start >= (select core.bucket_start('month', min(b), tz) from unnest(p_buckets) b)
               and d.day_start < (select core.bucket_end('month', core.bucket_start('month', max(b), tz), tz)
                                    from unnest(p_buckets) b)) x
     where c.tenant_id = p_tenant and c.vehicle_id = x.vehicle_id and c.day_start = x.day_start
       and c.month_to_date is distinct from x.mtd;
    return query select (select coalesce(sum(events), 0) from fleet.cost_day
                          where tenant_id = p_tenant and day_start = any (p_buckets))::bigint, written;
end
$$;

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
    if p_vehicle is null and p_garage is null then
        select least(min(i.bucket_start), core.bucket_start('day', now(), l.tz)) into live_from
          from core.rollup_invalidation i where i.tenant_id = l.tenant and i.job = 'fleet_daily';
        return query
        select x.month_start, x.kind, sum(x.cost), sum(x.events)::int
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
    select x.month_start, x.kind, sum(x.cost), sum(x.events)::int
      from (select c.month_start, c.kind, c.cost, c.events from fleet.cost_month c
             where c.tenant_id = l.tenant and c.vehicle_id = any (vs) and c.month_start >= p_from
               and c.month_start < p_to and not (c.month_start = any (l.live))
            union all
            select r.month_start, r.kind, r.cost, r.events from fleet.cost_month_rows(l.tenant, l.live, l.tz, vs) r) x
     group by 1, 2;
end
$fn$;

insert into fleet.cost_day (tenant_id, day_start, vehicle_id, cost, events, last_at, last_kind)
select e.tenant_id, core.bucket_start('day', e.occurred_at, t.time_zone), e.vehicle_id, round(coalesce(sum(e.cost), 0), 2),
       count(*)::int, max(e.occurred_at), (array_agg(e.kind order by e.occurred_at desc, e.kind))[1]
  from fleet.vehicle_event e
  join core.tenant t on t.id = e.tenant_id
 where e.deleted_at is null and e.occurred_at < core.bucket_start('day', now(), t.time_zone)
 group by 1, 2, 3;
update fleet.cost_day c set month_to_date = x.mtd
  from (select d.tenant_id, d.vehicle_id, d.day_start,
               sum(d.cost) over (partition by d.tenant_id, d.vehicle_id, core.bucket_start('month', d.day_start, t.time_zone)
                                 order by d.day_start) as mtd
          from fleet.cost_day d
          join core.tenant t on t.id = d.tenant_id) x
 where c.tenant_id = x.tenant_id and c.vehicle_id = x.vehicle_id and c.day_start = x.day_start;
-- A rollback runs no afterMigrate: hand what it made to the owner as a migrate would.
alter table fleet.cost_day owner to plantdesk_owner;
alter function fleet.cost_day_rows(uuid, timestamptz[], text) owner to plantdesk_owner;
alter function fleet.cost_month_rows(uuid, timestamptz[], text, uuid[]) owner to plantdesk_owner;
