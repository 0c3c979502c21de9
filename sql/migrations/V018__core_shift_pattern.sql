-- Purpose: the per-plant shift calendar (issue 10). core.shift_pattern holds a plant's named shifts:
--          start and end in the plant's local time (an end at or before the start crosses
--          midnight), breaks inside the shift, the days of the week it starts on (ISO: 1 = Monday)
--          and the date it applies from. The database refuses a zero-length shift, breaks outside
--          their shift, and two shifts of a plant that overlap on any day of the week.
--          core.shift_at(plant, time) maps a moment to the shift it falls in, or to the plant's
--          "no shift" stretch around it; the rollup engine's 'shift' bucket uses it (next script).
-- Rollback: U018__core_shift_pattern.sql
-- Estimated time: instant.

-- Length of a shift from its wall-clock start and end; an end at or before the start is on the
-- next day. Times are the plant's local time, so a DST change does not move a shift's hours.
create function core.shift_length(p_starts time, p_ends time) returns interval
    language sql immutable parallel safe
as $$
    select case when p_ends > p_starts then p_ends - p_starts else p_ends - p_starts + interval '24 hours' end
$$;

-- Breaks are a jsonb array of {"start": "HH:MM", "minutes": n}: each strictly inside its shift, in
-- order, not overlapping, at most six. Kept in the row (not a child table) so that one optimistic
-- version covers a shift and its breaks.
create function core.shift_breaks_valid(p_starts time, p_ends time, p_breaks jsonb) returns boolean
    language plpgsql immutable parallel safe
    set search_path = pg_catalog, pg_temp
as $$
declare
    len int := extract(epoch from core.shift_length(p_starts, p_ends)) / 60;
    b jsonb;
    off int;
    mins int;
    prev_end int := 0;
begin
    if p_breaks is null or jsonb_typeof(p_breaks) <> 'array' or jsonb_array_length(p_breaks) > 6 then
        return false;
    end if;
    for b in select e from jsonb_array_elements(p_breaks) as x(e) loop
        if jsonb_typeof(b) <> 'object' or not (b ?& array['start', 'minutes'])
           or (select count(*) from jsonb_object_keys(b)) <> 2
           or jsonb_typeof(b -> 'start') <> 'string' or jsonb_typeof(b -> 'minutes') <> 'number'
           or (b ->> 'start') !~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'
           or (b ->> 'minutes') !~ '^[0-9]{1,4}$' then
            return false;
        end if;
        mins := (b ->> 'minutes')::int;
        off := extract(epoch from core.shift_length(p_starts, (b ->> 'start')::time)) / 60;
        if (b ->> 'start')::time = p_starts then off := 0; end if;
        if mins < 1 or off <= prev_end or off + mins >= len then
            return false;
        end if;
        prev_end := off + mins;
    end loop;
    return true;
end
$$;

-- The minutes of the week (0 = Monday 00:00) a shift covers, wrapping from Sunday into Monday.
create function core.shift_week_ranges(p_days smallint[], p_starts time, p_ends time) returns int4multirange
    language sql immutable parallel safe
as $$
    select coalesce(range_agg(r), '{}'::int4multirange)
      from (select (d - 1) * 1440 + (extract(epoch from p_starts) / 60)::int as s,
                   (extract(epoch from core.shift_length(p_starts, p_ends)) / 60)::int as len
              from unnest(p_days) as d) o
     cross join lateral (select int4range(o.s, least(o.s + o.len, 10080))
                         union all
                         select int4range(0, o.s + o.len - 10080) where o.s + o.len > 10080) w(r)
$$;

create table core.shift_pattern (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    name       text not null check (length(trim(name)) between 1 and 40),
    starts     time not null check (starts < time '24:00' and date_trunc('minute', starts) = starts),
    ends       time not null check (ends < time '24:00' and date_trunc('minute', ends) = ends),
    breaks     jsonb not null default '[]',
    days       smallint[] not null,
    valid_from date not null,
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    constraint shift_pattern_not_empty check (starts <> ends),
    constraint shift_pattern_breaks check (core.shift_breaks_valid(starts, ends, breaks)),
    constraint shift_pattern_days check (cardinality(days) between 1 and 7 and array_position(days, null) is null
                                         and days <@ '{1,2,3,4,5,6,7}'::smallint[])
);
create unique index shift_pattern_name on core.shift_pattern (tenant_id, lower(trim(name))) where deleted_at is null;
select core.enable_tenant_rls('core.shift_pattern');
select core.attach_row_triggers('core.shift_pattern');

-- Two live shifts of a plant may not share a minute of the week (whatever their valid_from: both
-- apply once the later one does). The plant's row is locked first, so two admins adding shifts at
-- the same moment are checked one after the other.
create function core.shift_pattern_no_overlap() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    other text;
begin
    if new.deleted_at is not null then
        return null;
    end if;
    perform 1 from core.tenant where id = new.tenant_id for no key update;
    select s.name into other from core.shift_pattern s
     where s.tenant_id = new.tenant_id and s.id <> new.id and s.deleted_at is null
       and core.shift_week_ranges(s.days, s.starts, s.ends) && core.shift_week_ranges(new.days, new.starts, new.ends)
     limit 1;
    if other is not null then
        raise exception 'shift "%" overlaps shift "%"', new.name, other
            using errcode = '23P01', constraint = 'shift_pattern_overlap', detail = other;
    end if;
    return null;
end
$$;
create constraint trigger shift_pattern_overlap after insert or update on core.shift_pattern
    for each row execute function core.shift_pattern_no_overlap();

grant select on core.shift_pattern to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant insert, update on core.shift_pattern to plantdesk_admin;
grant select on core.shift_pattern to plantdesk_security;

-- The shift a moment falls in: its pattern, name, start (the shift bucket's key) and end. A moment
-- in no shift falls in a "no shift" stretch (id and name null): from the latest shift end before it
-- (or local midnight) to the next shift start (or the next local midnight). Such a stretch never
-- starts where a shift starts, so the keys never collide. Only the rollup engine calls it; it reads
-- the plant's calendar whoever wrote the row that touched a bucket.
create function core.shift_at(p_tenant uuid, p_ts timestamptz)
    returns table (shift_id uuid, shift_name text, starts_at timestamptz, ends_at timestamptz)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with zone as (
        select t.time_zone as tz, (p_ts at time zone t.time_zone)::date as today from core.tenant t where t.id = p_tenant
    ), occ as (
        select s.id, s.name, (g.day + s.starts) at time zone z.tz as st,
               (g.day + s.starts + core.shift_length(s.starts, s.ends)) at time zone z.tz as en
          from zone z
         cross join lateral (select z.today + k as day from generate_series(-1, 1) k) g
          join core.shift_pattern s on s.tenant_id = p_tenant and s.deleted_at is null
               and s.valid_from <= g.day and extract(isodow from g.day)::smallint = any (s.days)
    ), hit as (
        select o.id, o.name, o.st, o.en from occ o where o.st <= p_ts and p_ts < o.en order by o.st desc limit 1
    )
    select * from hit
    union all
    select null::uuid, null::text,
           greatest(z.today::timestamp at time zone z.tz, (select max(o.en) from occ o where o.en <= p_ts)),
           least((z.today + 1)::timestamp at time zone z.tz, (select min(o.st) from occ o where o.st > p_ts))
      from zone z
     where not exists (select 1 from hit)
$$;
alter function core.shift_at(uuid, timestamptz) owner to plantdesk_security;
revoke all on function core.shift_at(uuid, timestamptz) from public;

-- What screens and figures call: the caller's own plant only.
create function core.current_shift_at(p_ts timestamptz)
    returns table (shift_id uuid, shift_name text, starts_at timestamptz, ends_at timestamptz)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from core.shift_at(core.current_tenant(), p_ts) where core.current_tenant() is not null
$$;
alter function core.current_shift_at(timestamptz) owner to plantdesk_security;
revoke all on function core.current_shift_at(timestamptz) from public;
grant execute on function core.current_shift_at(timestamptz) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
