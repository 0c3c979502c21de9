-- Purpose: the rollup engine's 'shift' bucket follows each plant's shift calendar
--          (core.shift_pattern, V018) instead of three 8-hour shifts from 06:00. A shift bucket's
--          key is the shift's start; a moment in no shift falls in that plant's "no shift" stretch
--          (core.shift_at). The engine's three places that cut time into buckets (the invalidation
--          trigger, the run, the Operations overview) now ask core.rollup_bucket_start / _end, which
--          know the plant; core.bucket_start and core.bucket_end keep hour, day and month only.
-- Rollback: U019__core_rollup_shift_calendar.sql
-- Estimated time: instant.

-- Immutable and inlinable as before, without 'shift' (which needs the plant's calendar): a shift
-- asked of them gives null, and the invalidation's NOT NULL says so loudly.
create or replace function core.bucket_start(p_bucket text, p_ts timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select case p_bucket
        when 'hour' then pg_catalog.date_trunc('hour', p_ts, p_tz)
        when 'day' then pg_catalog.date_trunc('day', p_ts, p_tz)
        when 'month' then pg_catalog.date_trunc('month', p_ts, p_tz)
    end
$$;

create or replace function core.bucket_end(p_bucket text, p_start timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select case p_bucket
        when 'hour' then p_start + interval '1 hour'
        when 'day' then ((p_start at time zone p_tz) + interval '1 day') at time zone p_tz
        when 'month' then ((p_start at time zone p_tz) + interval '1 month') at time zone p_tz
    end
$$;

-- The engine's bucket of a moment for a plant: the calendar for 'shift', the clock otherwise.
-- Not SECURITY DEFINER (core.shift_at is), so the clock branches still inline.
create function core.rollup_bucket_start(p_tenant uuid, p_bucket text, p_ts timestamptz, p_tz text) returns timestamptz
    language sql stable parallel safe
as $$
    select case when p_bucket = 'shift' then (select s.starts_at from core.shift_at(p_tenant, p_ts) s)
                else core.bucket_start(p_bucket, p_ts, p_tz) end
$$;

-- A bucket's end: a shift (or "no shift" stretch) is found again from its start, which lies in it.
create function core.rollup_bucket_end(p_tenant uuid, p_bucket text, p_start timestamptz, p_tz text) returns timestamptz
    language sql stable parallel safe
as $$
    select case when p_bucket = 'shift' then (select s.ends_at from core.shift_at(p_tenant, p_start) s)
                else core.bucket_end(p_bucket, p_start, p_tz) end
$$;
revoke all on function core.rollup_bucket_start(uuid, text, timestamptz, text) from public;
revoke all on function core.rollup_bucket_end(uuid, text, timestamptz, text) from public;
grant execute on function core.rollup_bucket_start(uuid, text, timestamptz, text) to plantdesk_security;
grant execute on function core.rollup_bucket_end(uuid, text, timestamptz, text) to plantdesk_security;

-- Same as V006, bucketed per plant.
create or replace function core.invalidate_rollup_buckets() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    job_name constant text := tg_argv[0];
    ts_col constant text := tg_argv[1];
    tenant_col constant text := coalesce(tg_argv[2], 'tenant_id');
    source text := 'select %1$I as t, %2$I as ts from changed_rows';
    b text;
begin
    select bucket into b from core.rollup_job where name = job_name;
    if tg_op = 'UPDATE' then
        source := source || ' union all select %1$I, %2$I from changed_old';
    end if;
    execute format('insert into core.rollup_invalidation as i (tenant_id, job, bucket_start) '
                   'select distinct r.t, $1, core.rollup_bucket_start(r.t, $2, r.ts, tn.time_zone) '
                   'from (' || source || ') r join core.tenant tn on tn.id = r.t '
                   'order by 1, 3 '
                   'on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1',
                   tenant_col, ts_col)
    using job_name, b;
    return null;
end
$$;

-- Same as V013, closed buckets judged by their plant's end.
create or replace function core.run_rollup_for(p_tenant uuid, p_job text, p_max_buckets int)
    returns table (status text, buckets int, rows_read bigint, rows_written bigint, remaining int)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    j core.rollup_job;
    tz text;
    started timestamptz := clock_timestamp();
    picked timestamptz[];
    r_read bigint := 0;
    r_written bigint := 0;
    left_over int;
begin
    if current_setting('transaction_isolation') <> 'read committed' then
        raise exception 'rollups run in READ COMMITTED transactions' using errcode = '25000';
    end if;
    select * into j from core.rollup_job where name = p_job;
    if j.name is null then
        raise exception 'there is no rollup job "%"', p_job using errcode = '22023';
    end if;
    -- The first run of a job in a plant creates the row; later ones find it and take no lock here.
    insert into core.rollup_state (tenant_id, job) values (p_tenant, p_job) on conflict do nothing;
    begin
        perform 1 from core.rollup_state where tenant_id = p_tenant and job = p_job for update nowait;
    exception when lock_not_available then
        return query select 'busy'::text, 0, 0::bigint, 0::bigint, null::int;
        return;
    end;
    select time_zone into tz from core.tenant where id = p_tenant;

    with candidates as (
        select bucket_start from core.rollup_invalidation
         where tenant_id = p_tenant and job = p_job and core.rollup_bucket_end(p_tenant, j.bucket, bucket_start, tz) <= now()
         order by bucket_start
         limit greatest(p_max_buckets, 1)
           for update
    ), gone as (
        delete from core.rollup_invalidation i using candidates c
         where i.tenant_id = p_tenant and i.job = p_job and i.bucket_start = c.bucket_start
        returning i.bucket_start
    )
    select array_agg(bucket_start order by bucket_start) into picked from gone;

    if picked is not null then
        execute format('select * from %s($1, $2)', j.recompute_fn) using p_tenant, picked into r_read, r_written;
    end if;

    select count(*) into left_over from core.rollup_invalidation
     where tenant_id = p_tenant and job = p_job and core.rollup_bucket_end(p_tenant, j.bucket, bucket_start, tz) <= now();

    insert into core.rollup_state as s (tenant_id, job, last_run_at, last_success_at, last_duration_ms,
                                        buckets_done, rows_read, rows_written, runs, last_error, last_error_at)
    values (p_tenant, p_job, started, clock_timestamp(),
            (extract(epoch from clock_timestamp() - started) * 1000)::int,
            coalesce(cardinality(picked), 0), r_read, r_written, 1, null, null)
    on conflict (tenant_id, job) do update
       set last_run_at = excluded.last_run_at, last_success_at = excluded.last_success_at,
           last_duration_ms = excluded.last_duration_ms, buckets_done = excluded.buckets_done,
           rows_read = excluded.rows_read, rows_written = excluded.rows_written, runs = s.runs + 1,
           last_error = null, last_error_at = null;

    if picked is not null then
        insert into core.data_version as d (tenant_id, domain) values (p_tenant, j.domain)
        on conflict (tenant_id, domain) do update set version = d.version + 1, changed_at = now();
    end if;

    return query select case when picked is null then 'idle' else 'done' end,
                        coalesce(cardinality(picked), 0), r_read, r_written, left_over;
end
$$;

-- Same as V006, lag judged by the plant's bucket ends.
create or replace function core.rollup_overview()
    returns table (job text, bucket text, interval_seconds int, pending_buckets int, oldest_pending timestamptz,
                   last_run_at timestamptz, last_success_at timestamptz, last_duration_ms int, buckets_done int,
                   rows_read bigint, rows_written bigint, runs bigint, last_error text, last_error_at timestamptz)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    -- Only closed buckets are lag: the open one (today, this shift) is always counted live.
    select j.name, j.bucket, j.interval_seconds, p.pending, p.oldest,
           s.last_run_at, s.last_success_at, s.last_duration_ms, coalesce(s.buckets_done, 0),
           coalesce(s.rows_read, 0), coalesce(s.rows_written, 0), coalesce(s.runs, 0), s.last_error, s.last_error_at
      from core.rollup_job j
      join core.tenant t on t.id = core.current_tenant()
     cross join lateral (
           select count(*)::int as pending,
                  min(greatest(i.first_at, core.rollup_bucket_end(t.id, j.bucket, i.bucket_start, t.time_zone))) as oldest
             from core.rollup_invalidation i
            where i.tenant_id = t.id and i.job = j.name
              and core.rollup_bucket_end(t.id, j.bucket, i.bucket_start, t.time_zone) <= now()) p
      left join core.rollup_state s on s.tenant_id = core.current_tenant() and s.job = j.name
     order by j.name
$$;
