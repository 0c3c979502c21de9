-- Purpose: a day rollup per plant, day and line that imported team days feed (issue 16: "after
--          importing it the dashboards show those teams' days"), and sewing.operator_output for
--          the pieces of the plant's own attendance and output file. A line's day is what the
--          floor recorded or, with no scan, attendance or entered output that day, the imported
--          team day: never both (docs/sewing-import.md has the rule and the mapping).
-- Rollback: U128__sewing_line_day.sql
-- Estimated time: about 1 s per million scans (every day with sewing records is marked for the engine).

-- The mapping of an imported day: attended minutes = workers x 480 + overtime, earned minutes =
-- actual productivity x attended minutes, output = earned / SMV, idle time = downtime, target =
-- targeted productivity; finishing has no line. Entered output counts in the line's recorded day:
-- output += pieces, earned minutes += pieces x SMV. Stored days come from the engine (job
-- sewing_line_day); the dashboards read them through sewing.current_line_days, which counts a day
-- from raw rows while it is open or a write waits for the engine, so it always equals a count
-- from scratch.
grant select on sewing.team_day to plantdesk_security;

-- Output per operator, line and shift as the plant's own file reports it (no bundles, no scans).
create table sewing.operator_output (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    line_id     uuid not null,
    person_id   uuid not null,
    shift_start timestamptz not null,
    pieces      int not null check (pieces between 0 and 100000),
    smv         numeric(7, 2) not null check (smv > 0 and smv <= 600),
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    constraint operator_output_once unique (tenant_id, person_id, shift_start, line_id),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, person_id) references core.person (tenant_id, id)
);
select core.enable_tenant_rls('sewing.operator_output');
select core.attach_row_triggers('sewing.operator_output');
select core.track_data_version('sewing.operator_output', 'sewing');
grant select on sewing.operator_output to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator, plantdesk_security;
grant insert, update, delete on sewing.operator_output to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;

-- One line-day of the plant's day p_day, recorded or imported (see Purpose).
create function sewing.line_day_figures(p_tenant uuid, p_day date)
    returns table (line_id uuid, source text, output bigint, earned_minutes numeric, attended_minutes bigint,
                   operators numeric, overtime_minutes bigint, downtime_minutes numeric,
                   target_efficiency numeric, wip int)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with span as (
        select (p_day::timestamp at time zone t.time_zone) as s, ((p_day + 1)::timestamp at time zone t.time_zone) as e
          from core.tenant t where t.id = p_tenant
    ), entered as (
        select o.line_id, sum(o.pieces) as pieces, sum(o.pieces * o.smv) as earned
          from sewing.operator_output o, span
         where o.tenant_id = p_tenant and o.shift_start >= span.s and o.shift_start < span.e
         group by o.line_id
    ), live as (
        select coalesce(f.line_id, n.line_id) as line_id, coalesce(f.output, 0) + coalesce(n.pieces, 0) as output,
               coalesce(f.earned_minutes, 0) + coalesce(n.earned, 0) as earned_minutes,
               coalesce(f.attended_minutes, 0) as attended_minutes, coalesce(f.operators, 0) as operators,
               coalesce(f.overtime_minutes, 0) as overtime_minutes, coalesce(f.downtime_minutes, 0) as downtime_minutes
          from (select f.* from span cross join lateral sewing.line_figures(p_tenant, span.s, span.e) f) f
          full join entered n on n.line_id = f.line_id
    ), recorded as (
        -- A line's day was recorded on the floor: a scan, an attendance row or entered output.
        select l.line_id from live l where l.earned_minutes > 0 or l.operators > 0 or l.output > 0
    ), imported as (
        select d.line_id, d.smv, d.workers, d.overtime_minutes, d.idle_minutes, d.targeted_productivity, d.wip,
               round(d.workers * 480) + d.overtime_minutes as attended,
               round(d.actual_productivity * (round(d.workers * 480) + d.overtime_minutes), 2) as earned
          from sewing.team_day d
         where d.tenant_id = p_tenant and d.day = p_day and d.department = 'sewing'
           and d.line_id not in (select r.line_id from recorded r)
    )
    select l.line_id, 'live', l.output::bigint, l.earned_minutes, l.attended_minutes, l.operators::numeric,
           l.overtime_minutes::bigint, round(l.downtime_minutes, 1), null::numeric, null::int
      from live l
     where l.line_id in (select r.line_id from recorded r) or l.line_id not in (select i.line_id from imported i)
    union all
    select i.line_id, 'imported', round(i.earned / i.smv)::bigint, i.earned, i.attended::bigint, i.workers,
           i.overtime_minutes::bigint, i.idle_minutes, round(i.targeted_productivity * 100, 2), i.wip
      from imported i
$$;
alter function sewing.line_day_figures(uuid, date) owner to plantdesk_security;
revoke all on function sewing.line_day_figures(uuid, date) from public;

create table sewing.line_day (
    tenant_id         uuid not null references core.tenant (id),
    day               date not null,
    line_id           uuid not null,
    source            text not null check (source in ('live', 'imported')),
    output            bigint not null check (output >= 0),
    earned_minutes    numeric not null check (earned_minutes >= 0),
    attended_minutes  bigint not null check (attended_minutes >= 0),
    operators         numeric not null check (operators >= 0),
    overtime_minutes  bigint not null check (overtime_minutes >= 0),
    downtime_minutes  numeric not null check (downtime_minutes >= 0),
    target_efficiency numeric,
    wip               int,
    primary key (tenant_id, day, line_id)
);
select core.enable_tenant_rls('sewing.line_day');
grant select on sewing.line_day to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant select, insert, update, delete on sewing.line_day to plantdesk_security;

create function sewing.rollup_line_day_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    w bigint;
    days date[];
begin
    select array_agg(distinct (b at time zone t.time_zone)::date) into days
      from unnest(p_buckets) b, core.tenant t where t.id = p_tenant;
    delete from sewing.line_day where tenant_id = p_tenant and day = any (days);
    insert into sewing.line_day
    select p_tenant, d, f.* from unnest(days) d cross join lateral sewing.line_day_figures(p_tenant, d) f;
    get diagnostics w = row_count;
    return query select w, w;
end
$$;
alter function sewing.rollup_line_day_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function sewing.rollup_line_day_recompute(uuid, timestamptz[]) from public;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('sewing_line_day', 'day', 'sewing', 'sewing.rollup_line_day_recompute',
        '{sewing.bundle_scan,sewing.attendance,sewing.downtime,sewing.team_day,sewing.operator_output}', 60);
select core.track_rollup('sewing.bundle_scan', 'sewing_line_day', 'scanned_at');
select core.track_rollup('sewing.attendance', 'sewing_line_day', 'shift_start');
select core.track_rollup('sewing.operator_output', 'sewing_line_day', 'shift_start');

-- A stop counts on every day it overlaps (a running one: to now), an imported team day on its
-- date in the plant's time zone: one statement records each touched day once, in key order, like
-- core.invalidate_rollup_buckets (an UPDATE also recounts the days its rows left).
create function sewing.line_day_invalidate() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    cols constant text := case tg_table_name when 'team_day' then 'tenant_id, day::timestamp as s, day::timestamp as e'
                                             else 'tenant_id, started_at as s, ended_at as e' end;
    source text := format('select %s from changed_rows', cols);
begin
    if tg_op = 'UPDATE' then
        source := source || format(' union all select %s from changed_old', cols);
    end if;
    if tg_table_name = 'team_day' then
        execute 'insert into core.rollup_invalidation as i (tenant_id, job, bucket_start) '
                'select distinct r.tenant_id, ''sewing_line_day'', r.s at time zone t.time_zone '
                'from (' || source || ') r join core.tenant t on t.id = r.tenant_id order by 1, 3 '
                'on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1';
    else
        execute 'insert into core.rollup_invalidation as i (tenant_id, job, bucket_start) '
                'select distinct r.tenant_id, ''sewing_line_day'', g at time zone t.time_zone '
                'from (' || source || ') r join core.tenant t on t.id = r.tenant_id '
                'cross join lateral generate_series(date_trunc(''day'', r.s, t.time_zone) at time zone t.time_zone, '
                '    coalesce(r.e, greatest(now(), r.s)) at time zone t.time_zone, interval ''1 day'') g '
                'order by 1, 3 '
                'on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1';
    end if;
    return null;
end
$$;
alter function sewing.line_day_invalidate() owner to plantdesk_security;
revoke all on function sewing.line_day_invalidate() from public;
create trigger line_day_ins after insert on sewing.downtime referencing new table as changed_rows
    for each statement execute function sewing.line_day_invalidate();
create trigger line_day_upd after update on sewing.downtime referencing old table as changed_old new table as changed_rows
    for each statement execute function sewing.line_day_invalidate();
create trigger line_day_del after delete on sewing.downtime referencing old table as changed_rows
    for each statement execute function sewing.line_day_invalidate();
create trigger line_day_ins after insert on sewing.team_day referencing new table as changed_rows
    for each statement execute function sewing.line_day_invalidate();
create trigger line_day_upd after update on sewing.team_day referencing old table as changed_old new table as changed_rows
    for each statement execute function sewing.line_day_invalidate();
create trigger line_day_del after delete on sewing.team_day referencing old table as changed_rows
    for each statement execute function sewing.line_day_invalidate();

-- The dashboards' read of [p_from, p_to] (at most a year): a day that is over and has no write
-- waiting for the engine from sewing.line_day, any other (today, a late scan, an import the engine
-- has not caught up with) counted from raw rows by the same function. The caller's plant only.
create function sewing.current_line_days(p_from date, p_to date)
    returns table (day date, line_id uuid, source text, output bigint, earned_minutes numeric,
                   attended_minutes bigint, operators numeric, overtime_minutes bigint, downtime_minutes numeric,
                   target_efficiency numeric, wip int)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with t as (
        select tn.id, tn.time_zone as tz from core.tenant tn where tn.id = core.current_tenant()
    ), days as (
        select g::date as day,
               (g + interval '1 day') at time zone t.tz <= now()
               and not exists (select 1 from core.rollup_invalidation i
                                where i.tenant_id = t.id and i.job = 'sewing_line_day'
                                  and i.bucket_start = g at time zone t.tz) as stored
          from t cross join lateral generate_series(p_from::timestamp, p_to::timestamp, interval '1 day') g
         where p_to >= p_from and p_to - p_from <= 366
    )
    select s.day, s.line_id, s.source, s.output, s.earned_minutes, s.attended_minutes, s.operators,
           s.overtime_minutes, s.downtime_minutes, s.target_efficiency, s.wip
      from sewing.line_day s, t
     where s.tenant_id = t.id and s.day in (select d.day from days d where d.stored)
    union all
    select d.day, f.*
      from days d, t cross join lateral (select * from sewing.line_day_figures(t.id, d.day) offset 0) f
     where not d.stored
$$;
alter function sewing.current_line_days(date, date) owner to plantdesk_security;
revoke all on function sewing.current_line_days(date, date) from public;
grant execute on function sewing.current_line_days(date, date) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

-- Days recorded or imported before this script: marked for the engine, which fills them.
insert into core.rollup_invalidation as i (tenant_id, job, bucket_start)
select x.tenant_id, 'sewing_line_day', x.day_start
  from (select s.tenant_id, date_trunc('day', s.scanned_at, t.time_zone) as day_start
          from sewing.bundle_scan s join core.tenant t on t.id = s.tenant_id
        union
        select a.tenant_id, date_trunc('day', a.shift_start, t.time_zone)
          from sewing.attendance a join core.tenant t on t.id = a.tenant_id
        union
        select d.tenant_id, date_trunc('day', d.started_at, t.time_zone)
          from sewing.downtime d join core.tenant t on t.id = d.tenant_id
        union
        select d.tenant_id, d.day::timestamp at time zone t.time_zone
          from sewing.team_day d join core.tenant t on t.id = d.tenant_id) x
 order by 1, 3
on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1;
