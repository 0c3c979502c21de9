-- Purpose: the sewing floor's figures through the rollup engine (issue 16): per plant, shift of
--          the plant's calendar and line (output, earned minutes, attended minutes, operators
--          present, overtime, downtime minutes), and per plant, hour, line and operator (pieces,
--          output, earned minutes). One function computes a stretch's figures from the raw rows;
--          the recompute functions store closed buckets with it and the screens read the open
--          shift and hour with it too, so a stored bucket always equals a count from scratch.
--          Efficiency = earned minutes x 100 / attended minutes, computed on read.
-- Rollback: U051__sewing_rollups.sql
-- Estimated time: instant (new objects only; no sewing rows exist before it).
grant select on sewing.line, sewing.style, sewing.operation, sewing.run, sewing.bundle, sewing.bundle_scan,
    sewing.attendance, sewing.downtime to plantdesk_security;

-- Figures per line for [p_from, p_to): scans by their time, attendance by its shift's start,
-- downtime by its overlap with the stretch (a running stop counts up to now). Output is pieces
-- done at the style's last operation; earned minutes are pieces x SMV over every operation.
create function sewing.line_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, output bigint, earned_minutes numeric, attended_minutes bigint,
                   operators bigint, overtime_minutes bigint, downtime_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with scans as (
        select s.line_id,
               sum(s.pieces) filter (where o.seq = (select max(o2.seq) from sewing.operation o2
                                                    where o2.tenant_id = o.tenant_id and o2.style_id = o.style_id)) as output,
               sum(s.pieces * s.smv) as earned
          from sewing.bundle_scan s
          join sewing.operation o on o.tenant_id = s.tenant_id and o.id = s.operation_id
         where s.tenant_id = p_tenant and s.scanned_at >= p_from and s.scanned_at < p_to
         group by s.line_id
    ), att as (
        select a.line_id, sum(a.minutes_attended) as attended, count(distinct a.person_id) as operators,
               sum(a.overtime_minutes) as overtime
          from sewing.attendance a
         where a.tenant_id = p_tenant and a.shift_start >= p_from and a.shift_start < p_to
         group by a.line_id
    ), down as (
        select d.line_id,
               sum(extract(epoch from least(coalesce(d.ended_at, now()), p_to) - greatest(d.started_at, p_from)) / 60) as minutes
          from sewing.downtime d
         where d.tenant_id = p_tenant and d.started_at < p_to and coalesce(d.ended_at, now()) > p_from
         group by d.line_id
    )
    select l.id, coalesce(s.output, 0)::bigint, coalesce(s.earned, 0), coalesce(a.attended, 0)::bigint,
           coalesce(a.operators, 0)::bigint, coalesce(a.overtime, 0)::bigint, round(coalesce(d.minutes, 0), 1)
      from sewing.line l
      left join scans s on s.line_id = l.id
      left join att a on a.line_id = l.id
      left join down d on d.line_id = l.id
     where l.tenant_id = p_tenant and (s.line_id is not null or a.line_id is not null or d.line_id is not null)
$$;
alter function sewing.line_figures(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.line_figures(uuid, timestamptz, timestamptz) from public;

-- Pieces per hour, line and operator for [p_from, p_to), hours cut in the plant's time zone.
create function sewing.operator_hour_figures(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (hour_start timestamptz, line_id uuid, operator_id uuid, pieces bigint, output bigint,
                   earned_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select date_trunc('hour', s.scanned_at, t.time_zone), s.line_id, s.operator_id, sum(s.pieces)::bigint,
           coalesce(sum(s.pieces) filter (where o.seq = (select max(o2.seq) from sewing.operation o2
                                                         where o2.tenant_id = o.tenant_id and o2.style_id = o.style_id)), 0)::bigint,
           sum(s.pieces * s.smv)
      from sewing.bundle_scan s
      join core.tenant t on t.id = s.tenant_id
      join sewing.operation o on o.tenant_id = s.tenant_id and o.id = s.operation_id
     where s.tenant_id = p_tenant and s.scanned_at >= p_from and s.scanned_at < p_to
     group by 1, 2, 3
$$;
alter function sewing.operator_hour_figures(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.operator_hour_figures(uuid, timestamptz, timestamptz) from public;

-- The screens' reads of the open shift and hour: the caller's own plant only.
create function sewing.current_line_figures(p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, output bigint, earned_minutes numeric, attended_minutes bigint,
                   operators bigint, overtime_minutes bigint, downtime_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sewing.line_figures(core.current_tenant(), p_from, p_to) where core.current_tenant() is not null
$$;
alter function sewing.current_line_figures(timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.current_line_figures(timestamptz, timestamptz) from public;

create function sewing.current_operator_hour_figures(p_from timestamptz, p_to timestamptz)
    returns table (hour_start timestamptz, line_id uuid, operator_id uuid, pieces bigint, output bigint,
                   earned_minutes numeric)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from sewing.operator_hour_figures(core.current_tenant(), p_from, p_to) where core.current_tenant() is not null
$$;
alter function sewing.current_operator_hour_figures(timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.current_operator_hour_figures(timestamptz, timestamptz) from public;
grant execute on function sewing.current_line_figures(timestamptz, timestamptz),
    sewing.current_operator_hour_figures(timestamptz, timestamptz) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

create table sewing.line_shift (
    tenant_id        uuid not null references core.tenant (id),
    shift_start      timestamptz not null,
    line_id          uuid not null,
    shift_end        timestamptz not null,
    shift_name       text,
    output           bigint not null check (output >= 0),
    earned_minutes   numeric not null check (earned_minutes >= 0),
    attended_minutes bigint not null check (attended_minutes >= 0),
    operators        bigint not null check (operators >= 0),
    overtime_minutes bigint not null check (overtime_minutes >= 0),
    downtime_minutes numeric not null check (downtime_minutes >= 0),
    primary key (tenant_id, shift_start, line_id),
    check (shift_end > shift_start)
);
select core.enable_tenant_rls('sewing.line_shift');

create table sewing.operator_hour (
    tenant_id      uuid not null references core.tenant (id),
    hour_start     timestamptz not null,
    line_id        uuid not null,
    operator_id    uuid not null,
    pieces         bigint not null check (pieces > 0),
    output         bigint not null check (output >= 0),
    earned_minutes numeric not null check (earned_minutes > 0),
    primary key (tenant_id, hour_start, line_id, operator_id)
);
select core.enable_tenant_rls('sewing.operator_hour');

grant select on sewing.line_shift, sewing.operator_hour to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant select, insert, update, delete on sewing.line_shift, sewing.operator_hour to plantdesk_security;

-- Each bucket's end and name from the plant's calendar (core.shift_at), never cut by the clock.
create function sewing.rollup_line_shift_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    w bigint;
begin
    delete from sewing.line_shift where tenant_id = p_tenant and shift_start = any (p_buckets);
    insert into sewing.line_shift
    select p_tenant, b.s, f.line_id, sh.ends_at, sh.shift_name, f.output, f.earned_minutes, f.attended_minutes,
           f.operators, f.overtime_minutes, f.downtime_minutes
      from unnest(p_buckets) b(s)
     cross join lateral core.shift_at(p_tenant, b.s) sh
     cross join lateral sewing.line_figures(p_tenant, b.s, sh.ends_at) f;
    get diagnostics w = row_count;
    return query select w, w;
end
$$;
alter function sewing.rollup_line_shift_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function sewing.rollup_line_shift_recompute(uuid, timestamptz[]) from public;

create function sewing.rollup_operator_hour_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    w bigint;
begin
    delete from sewing.operator_hour where tenant_id = p_tenant and hour_start = any (p_buckets);
    insert into sewing.operator_hour
    select p_tenant, f.hour_start, f.line_id, f.operator_id, f.pieces, f.output, f.earned_minutes
      from unnest(p_buckets) b(s)
     cross join lateral sewing.operator_hour_figures(p_tenant, b.s, b.s + interval '1 hour') f;
    get diagnostics w = row_count;
    return query select w, w;
end
$$;
alter function sewing.rollup_operator_hour_recompute(uuid, timestamptz[]) owner to plantdesk_security;
revoke all on function sewing.rollup_operator_hour_recompute(uuid, timestamptz[]) from public;

insert into core.rollup_job (name, bucket, domain, recompute_fn, source_tables, interval_seconds)
values ('sewing_line_shift', 'shift', 'sewing', 'sewing.rollup_line_shift_recompute',
        '{sewing.bundle_scan,sewing.attendance,sewing.downtime}', 60),
       ('sewing_operator_hour', 'hour', 'sewing', 'sewing.rollup_operator_hour_recompute', '{sewing.bundle_scan}', 60);

select core.track_rollup('sewing.bundle_scan', 'sewing_line_shift', 'scanned_at');
select core.track_rollup('sewing.attendance', 'sewing_line_shift', 'shift_start');
select core.track_rollup('sewing.downtime', 'sewing_line_shift', 'started_at');
select core.track_rollup('sewing.bundle_scan', 'sewing_operator_hour', 'scanned_at');
