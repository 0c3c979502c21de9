-- Purpose: the fleet's rollups (issue 17), two jobs of the rollup engine: 'fleet_monthly' (cost
--          per vehicle, month and category; distance, fuel used and LubeLogger's fuel economy per
--          vehicle and month) and 'fleet_daily' (cost per vehicle and day, which the overview's
--          month-to-date cost adds up).
-- Rollback: U074__fleet_rollups.sql
-- Estimated time: instant (new objects only; the buckets are filled by the engine's runs).

create table fleet.cost_month (
    tenant_id   uuid not null references core.tenant (id),
    month_start timestamptz not null,
    vehicle_id  uuid not null,
    kind        text not null,
    cost        numeric(14, 2) not null check (cost >= 0),
    events      int not null check (events > 0),
    primary key (tenant_id, month_start, vehicle_id, kind)
);
-- Distances in kilometres, fuel in litres (kWh for electric vehicles): every unit is shown from these.
-- economy_km / economy_litres: the fills that yield a figure in the month, with what they waited for.
create table fleet.usage_month (
    tenant_id      uuid not null references core.tenant (id),
    month_start    timestamptz not null,
    vehicle_id     uuid not null,
    distance_km    numeric(14, 1) not null check (distance_km >= 0),
    fuel_litres    numeric(14, 3) not null check (fuel_litres >= 0),
    economy_km     numeric(14, 1) not null check (economy_km >= 0),
    economy_litres numeric(14, 3) not null check (economy_litres >= 0),
    primary key (tenant_id, month_start, vehicle_id)
);
create index usage_month_vehicle on fleet.usage_month (tenant_id, vehicle_id, month_start);
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
-- What the cost rollups and the overview's live part read: a plant's events of a stretch of time.
create index vehicle_event_time on fleet.vehicle_event (tenant_id, occurred_at) include (vehicle_id, kind, cost);
select core.enable_tenant_rls('fleet.cost_month');
select core.enable_tenant_rls('fleet.usage_month');
select core.enable_tenant_rls('fleet.cost_day');
grant select on fleet.cost_month, fleet.usage_month, fleet.cost_day
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant select, insert, update, delete on fleet.cost_month, fleet.usage_month, fleet.cost_day to plantdesk_security;

-- Cost and count per vehicle and kind of the given months (live events only). SECURITY INVOKER:
-- inside the recompute it runs as the rollup's owner, inside a person's read under the policy.
create function fleet.cost_month_rows(p_tenant uuid, p_months timestamptz[], p_tz text)
    returns table (month_start timestamptz, vehicle_id uuid, kind text, cost numeric, events int)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select m.s, e.vehicle_id, e.kind, round(coalesce(sum(e.cost), 0), 2), count(*)::int
      from unnest(p_months) as m(s)
      join fleet.vehicle_event e on e.tenant_id = p_tenant and e.deleted_at is null
                                and e.occurred_at >= m.s and e.occurred_at < core.bucket_end('month', m.s, p_tz)
     group by 1, 2, 3
$$;

-- Distance, fuel and economy per vehicle of the given months.
--   distance: the month's last reading minus the last reading before it (the first reading of the
--     vehicle when there is none), never negative; readings flagged for review and not confirmed
--     are left out, as the odometer rule leaves them out;
--   fuel: litres (gallons converted; kWh as they are);
--   economy as LubeLogger (and io.plantdesk.fleet.FuelEconomy) computes it, with fills ordered by
--     time then reading: a fill "closes" when it is the first, missed the previous fill-up, or is
--     to full with a reading; a full fill that is not the first and not missed yields (the
--     distances and fuel of the fills since the previous closer, its own included) when its own
--     distance and fuel are above zero. The chain is read from the last full fill with a reading
--     before the first month, which closes and so starts it exactly as the whole history would.
-- p_vehicles: only these (a chart's live month of one vehicle or garage); null: every vehicle.
create function fleet.usage_month_rows(p_tenant uuid, p_months timestamptz[], p_tz text, p_vehicles uuid[] default null)
    returns table (month_start timestamptz, vehicle_id uuid, distance_km numeric, fuel_litres numeric,
                   economy_km numeric, economy_litres numeric)
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    with span as (
        select min(s) as lo, max(core.bucket_end('month', s, p_tz)) as hi from unnest(p_months) as s
    ), veh as (
        select v.id, v.odometer_unit, span.lo, span.hi,
               (select e.occurred_at from fleet.vehicle_event e
                 where e.tenant_id = p_tenant and e.vehicle_id = v.id and e.occurred_at < span.lo
                   and e.odometer is not null and e.deleted_at is null
                   and (e.odometer_review is null or e.reviewed_at is not null)
                 order by e.occurred_at desc limit 1) as reading_from,
               (select e.occurred_at from fleet.vehicle_event e
                 where e.tenant_id = p_tenant and e.vehicle_id = v.id and e.occurred_at < span.lo and e.kind = 'fuel'
                   and e.deleted_at is null and e.filled_to_full and not e.missed_fill and e.odometer is not null
                 order by e.occurred_at desc limit 1) as fill_from
          from fleet.vehicle v, span
         where v.tenant_id = p_tenant and span.lo is not null and (p_vehicles is null or v.id = any (p_vehicles))
    ), readings as (
        select v.id as vehicle_id, e.occurred_at,
               e.odometer * case when v.odometer_unit = 'mi' then 1.609344 else 1 end as km
          from veh v
          join fleet.vehicle_event e on e.tenant_id = p_tenant and e.vehicle_id = v.id
                                    and e.occurred_at >= coalesce(v.reading_from, '-infinity') and e.occurred_at < v.hi
                                    and e.odometer is not null and e.deleted_at is null
                                    and (e.odometer_review is null or e.reviewed_at is not null)
    ), month_last as (
        select distinct on (r.vehicle_id, m) r.vehicle_id, core.bucket_start('month', r.occurred_at, p_tz) as m,
               r.km, first_value(r.km) over (partition by r.vehicle_id order by r.occurred_at) as first_km
          from readings r
         order by r.vehicle_id, m, r.occurred_at desc
    ), distance as (
        select l.vehicle_id, l.m,
               greatest(0, l.km - coalesce(lag(l.km) over (partition by l.vehicle_id order by l.m), l.first_km)) as km
          from month_last l
    ), fills as (
        select v.id as vehicle_id, e.occurred_at, e.filled_to_full, e.missed_fill, e.odometer,
               e.quantity * case e.quantity_unit when 'gal_us' then 3.785411784 when 'gal_uk' then 4.54609 else 1 end as litres,
               e.odometer * case when v.odometer_unit = 'mi' then 1.609344 else 1 end as km,
               row_number() over w as rn,
               count(e.odometer) over w as readings_incl
          from veh v
          join fleet.vehicle_event e on e.tenant_id = p_tenant and e.vehicle_id = v.id and e.kind = 'fuel'
                                    and e.deleted_at is null
                                    and e.occurred_at >= coalesce(v.fill_from, '-infinity') and e.occurred_at < v.hi
        window w as (partition by v.id order by e.occurred_at, coalesce(e.odometer, 0) rows between unbounded preceding and current row)
    ), numbered as (
        -- The reading before each fill: the k-th reading of the vehicle, k = readings strictly before.
        select f.*, f.readings_incl - (case when f.km is null then 0 else 1 end) as readings_before,
               f.rn = 1 or f.missed_fill or (f.filled_to_full and f.km is not null) as closes
          from fills f
    ), with_delta as (
        select n.*,
               case when n.rn = 1 then 0 else greatest(0, coalesce(n.km, 0) - coalesce(p.km, 0)) end as delta
          from numbered n
          left join numbered p on p.vehicle_id = n.vehicle_id and p.km is not null and p.readings_incl = n.readings_before
    ), segmented as (
        select d.*, count(*) filter (where d.closes) over (partition by d.vehicle_id order by d.rn
                                                          rows between unbounded preceding and 1 preceding) as seg
          from with_delta d
    ), figures as (
        select s.vehicle_id, s.occurred_at,
               sum(s.delta) over g as seg_km, sum(s.litres) over g as seg_litres,
               s.closes and s.rn > 1 and not s.missed_fill and s.litres > 0 and s.delta > 0 as yields
          from segmented s
        window g as (partition by s.vehicle_id, s.seg)
    ), fuel as (
        select s.vehicle_id, core.bucket_start('month', s.occurred_at, p_tz) as m, sum(s.litres) as litres
          from segmented s
         where s.occurred_at >= (select lo from span)
         group by 1, 2
    ), economy as (
        select f.vehicle_id, core.bucket_start('month', f.occurred_at, p_tz) as m,
               sum(f.seg_km) as km, sum(f.seg_litres) as litres
          from figures f
         where f.yields
         group by 1, 2
    ), keys as (
        select vehicle_id, m from distance union select vehicle_id, m from fuel union select vehicle_id, m from economy
    )
    select k.m, k.vehicle_id, round(coalesce(d.km, 0), 1), round(coalesce(f.litres, 0), 3),
           round(coalesce(x.km, 0), 1), round(coalesce(x.litres, 0), 3)
      from keys k
      left join distance d on d.vehicle_id = k.vehicle_id and d.m = k.m
      left join fuel f on f.vehicle_id = k.vehicle_id and f.m = k.m
      left join economy x on x.vehicle_id = k.vehicle_id and x.m = k.m
     where k.m = any (p_months)
$$;

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

create function fleet.monthly_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    costs bigint;
    usage bigint;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    delete from fleet.cost_month where tenant_id = p_tenant and month_start = any (p_buckets);
    delete from fleet.usage_month where tenant_id = p_tenant and month_start = any (p_buckets);
    insert into fleet.cost_month select p_tenant, r.* from fleet.cost_month_rows(p_tenant, p_buckets, tz) r;
    get diagnostics costs = row_count;
    insert into fleet.usage_month select p_tenant, r.* from fleet.usage_month_rows(p_tenant, p_buckets, tz) r;
    get diagnostics usage = row_count;
    return query select (select coalesce(sum(events), 0) from fleet.cost_month
                          where tenant_id = p_tenant and month_start = any (p_buckets))::bigint, costs + usage;
end
$$;

create function fleet.daily_recompute(p_tenant uuid, p_buckets timestamptz[])
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
alter function fleet.monthly_recompute(uuid, timestamptz[]) owner to plantdesk_security;
alter function fleet.daily_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function fleet.monthly_recompute(uuid, timestamptz[]) from public;
revoke all on function fleet.daily_recompute(uuid, timestamptz[]) from public;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('fleet_monthly', 'month', 'fleet', 'fleet.monthly_recompute', '{fleet.vehicle_event}', 300),
       ('fleet_daily', 'day', 'fleet', 'fleet.daily_recompute', '{fleet.vehicle_event}', 60);
select core.track_rollup('fleet.vehicle_event', 'fleet_monthly', 'occurred_at');
select core.track_rollup('fleet.vehicle_event', 'fleet_daily', 'occurred_at');

-- A month's distance leans on the last reading before it, and a full fill's economy on the fills
-- since the previous full one: a change also touches the month of the vehicle's next reading and
-- of its next closing fill (full with a reading, or missed), which may be months later.
create function fleet.invalidate_following_months() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'UPDATE' then
        insert into core.rollup_invalidation as i (tenant_id, job, bucket_start)
        select distinct c.tenant_id, 'fleet_monthly', core.bucket_start('month', n.at, t.time_zone)
          from (select tenant_id, vehicle_id, occurred_at, kind from changed_rows
                union all select tenant_id, vehicle_id, occurred_at, kind from changed_old) c
          join core.tenant t on t.id = c.tenant_id
         cross join lateral (
             select (select e.occurred_at from fleet.vehicle_event e
                      where e.tenant_id = c.tenant_id and e.vehicle_id = c.vehicle_id and e.occurred_at > c.occurred_at
                        and e.odometer is not null and e.deleted_at is null
                      order by e.occurred_at limit 1) as at
             union all
             select (select e.occurred_at from fleet.vehicle_event e
                      where e.tenant_id = c.tenant_id and e.vehicle_id = c.vehicle_id and e.occurred_at > c.occurred_at
                        and e.kind = 'fuel' and e.deleted_at is null
                        and (e.missed_fill or (e.filled_to_full and e.odometer is not null))
                      order by e.occurred_at limit 1)
              where c.kind = 'fuel') n
         where n.at is not null
         order by 1, 3
        on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1;
    else
        insert into core.rollup_invalidation as i (tenant_id, job, bucket_start)
        select distinct c.tenant_id, 'fleet_monthly', core.bucket_start('month', n.at, t.time_zone)
          from changed_rows c
          join core.tenant t on t.id = c.tenant_id
         cross join lateral (
             select (select e.occurred_at from fleet.vehicle_event e
                      where e.tenant_id = c.tenant_id and e.vehicle_id = c.vehicle_id and e.occurred_at > c.occurred_at
                        and e.odometer is not null and e.deleted_at is null
                      order by e.occurred_at limit 1) as at
             union all
             select (select e.occurred_at from fleet.vehicle_event e
                      where e.tenant_id = c.tenant_id and e.vehicle_id = c.vehicle_id and e.occurred_at > c.occurred_at
                        and e.kind = 'fuel' and e.deleted_at is null
                        and (e.missed_fill or (e.filled_to_full and e.odometer is not null))
                      order by e.occurred_at limit 1)
              where c.kind = 'fuel') n
         where n.at is not null
         order by 1, 3
        on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1;
    end if;
    return null;
end
$$;
alter function fleet.invalidate_following_months() owner to plantdesk_security;
revoke all on function fleet.invalidate_following_months() from public;
grant select on fleet.vehicle_event, fleet.vehicle to plantdesk_security;
create trigger rollup_fleet_following_ins after insert on fleet.vehicle_event referencing new table as changed_rows
    for each statement execute function fleet.invalidate_following_months();
create trigger rollup_fleet_following_upd after update on fleet.vehicle_event
    referencing old table as changed_old new table as changed_rows
    for each statement execute function fleet.invalidate_following_months();
create trigger rollup_fleet_following_del after delete on fleet.vehicle_event referencing old table as changed_rows
    for each statement execute function fleet.invalidate_following_months();

-- Each vehicle's cost since the start of this month (plant's zone) and its latest live event, for
-- the overview, exact at any moment and without a month of rows per vehicle: events from the
-- earliest day the engine ('fleet_daily') still has to redo, or today, are read live (the time
-- index); before that, each vehicle's latest rolled-up day gives its latest event and, when it
-- lies in this month, the month's cost up to it. SECURITY DEFINER (the engine's invalidations are
-- the planners' and admins' to read), filtered by the caller's plant itself.
create function fleet.overview_figures()
    returns table (vehicle_id uuid, month_cost numeric, last_at timestamptz, last_kind text)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
#variable_conflict use_column
declare
    me uuid := core.current_tenant();
    tz text;
    month timestamptz;
    live_from timestamptz;
begin
    select t.time_zone into tz from core.tenant t where t.id = me;
    if tz is null then
        return;
    end if;
    month := core.bucket_start('month', now(), tz);
    select least(min(i.bucket_start), core.bucket_start('day', now(), tz)) into live_from
      from core.rollup_invalidation i where i.tenant_id = me and i.job = 'fleet_daily';
    return query
    with live as (
        select e.vehicle_id, coalesce(sum(e.cost) filter (where e.occurred_at >= month), 0) as cost,
               max(e.occurred_at) as last_at, (array_agg(e.kind order by e.occurred_at desc, e.kind))[1] as last_kind
          from fleet.vehicle_event e
         where e.tenant_id = me and e.occurred_at >= live_from and e.deleted_at is null
         group by e.vehicle_id
    )
    select v.id, coalesce(case when stored.day_start >= month then stored.month_to_date end, 0) + coalesce(live.cost, 0),
           coalesce(live.last_at, stored.last_at), coalesce(live.last_kind, stored.last_kind)
      from fleet.vehicle v
      left join live on live.vehicle_id = v.id
      left join lateral (select d.day_start, d.month_to_date, d.last_at, d.last_kind from fleet.cost_day d
                          where d.tenant_id = me and d.vehicle_id = v.id and d.day_start < live_from
                          order by d.day_start desc limit 1) stored on true
     where v.tenant_id = me and v.deleted_at is null;
end
$fn$;
alter function fleet.overview_figures() owner to plantdesk_security;
revoke all on function fleet.overview_figures() from public;
grant execute on function fleet.overview_figures()
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

-- The figures of the months in [p_from, p_to), of one vehicle (p_vehicle), one garage's vehicles
-- (p_garage) or the whole plant (both null), exact at any moment: closed months whose rollup is
-- current come from the rollup tables; this month and any month still waiting for the engine
-- ('fleet_monthly') are computed live by the same functions. A garage's months are those of the
-- vehicles kept there now. Filtered by the caller's plant itself (SECURITY DEFINER, as above).
create function fleet.live_months(p_from timestamptz, p_to timestamptz, out tenant uuid, out tz text,
                                  out live timestamptz[])
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
declare
    this_month timestamptz;
begin
    tenant := core.current_tenant();
    select t.time_zone into tz from core.tenant t where t.id = tenant;
    if tz is null then
        return;
    end if;
    this_month := core.bucket_start('month', now(), tz);
    select coalesce(array_agg(s), '{}') into live from (
        select i.bucket_start as s from core.rollup_invalidation i
         where i.tenant_id = tenant and i.job = 'fleet_monthly' and i.bucket_start >= p_from and i.bucket_start < p_to
           and i.bucket_start < this_month
        union
        select this_month where this_month >= core.bucket_start('month', p_from, tz) and this_month < p_to) x;
end
$fn$;

-- The vehicles a chart asks about (null: the whole plant), so a live month is computed for those only.
create function fleet.scope_vehicles(p_tenant uuid, p_vehicle uuid, p_garage uuid) returns uuid[]
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select case when p_vehicle is not null then array[p_vehicle]
                when p_garage is not null then (select coalesce(array_agg(v.id), '{}') from fleet.vehicle v
                                                 where v.tenant_id = p_tenant and v.garage_id = p_garage)
           end
$$;

create function fleet.cost_months(p_from timestamptz, p_to timestamptz, p_vehicle uuid, p_garage uuid)
    returns table (month_start timestamptz, kind text, cost numeric, events int)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
#variable_conflict use_column
declare
    l record;
begin
    l := fleet.live_months(p_from, p_to);
    if l.tz is null then
        return;
    end if;
    return query
    select x.month_start, x.kind, sum(x.cost), sum(x.events)::int
      from (select c.month_start, c.vehicle_id, c.kind, c.cost, c.events from fleet.cost_month c
             where c.tenant_id = l.tenant and c.month_start >= p_from and c.month_start < p_to
               and not (c.month_start = any (l.live))
            union all
            select r.* from fleet.cost_month_rows(l.tenant, l.live, l.tz) r) x
      join fleet.vehicle v on v.tenant_id = l.tenant and v.id = x.vehicle_id
     where (p_vehicle is null or v.id = p_vehicle) and (p_garage is null or v.garage_id = p_garage)
     group by 1, 2;
end
$fn$;

create function fleet.usage_months(p_from timestamptz, p_to timestamptz, p_vehicle uuid, p_garage uuid)
    returns table (month_start timestamptz, distance_km numeric, fuel_litres numeric, economy_km numeric,
                   economy_litres numeric)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
#variable_conflict use_column
declare
    l record;
begin
    l := fleet.live_months(p_from, p_to);
    if l.tz is null then
        return;
    end if;
    return query
    select x.month_start, sum(x.distance_km), sum(x.fuel_litres), sum(x.economy_km), sum(x.economy_litres)
      from (select u.month_start, u.vehicle_id, u.distance_km, u.fuel_litres, u.economy_km, u.economy_litres
              from fleet.usage_month u
             where u.tenant_id = l.tenant and u.month_start >= p_from and u.month_start < p_to
               and not (u.month_start = any (l.live))
            union all
            select r.* from fleet.usage_month_rows(l.tenant, l.live, l.tz, fleet.scope_vehicles(l.tenant, p_vehicle, p_garage)) r) x
      join fleet.vehicle v on v.tenant_id = l.tenant and v.id = x.vehicle_id
     where (p_vehicle is null or v.id = p_vehicle) and (p_garage is null or v.garage_id = p_garage)
     group by 1;
end
$fn$;
alter function fleet.live_months(timestamptz, timestamptz) owner to plantdesk_security;
alter function fleet.cost_months(timestamptz, timestamptz, uuid, uuid) owner to plantdesk_security;
alter function fleet.usage_months(timestamptz, timestamptz, uuid, uuid) owner to plantdesk_security;
revoke all on function fleet.live_months(timestamptz, timestamptz) from public;
revoke all on function fleet.cost_months(timestamptz, timestamptz, uuid, uuid) from public;
revoke all on function fleet.usage_months(timestamptz, timestamptz, uuid, uuid) from public;
grant execute on function fleet.cost_months(timestamptz, timestamptz, uuid, uuid), fleet.usage_months(timestamptz, timestamptz, uuid, uuid)
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
