-- Purpose: the rollup engine (DESIGN.md section 6). Jobs are registered here by the features'
--          migrations; statement-level triggers with transition tables record which buckets of a
--          job changed (invalidations); core.run_rollup recomputes the invalidated closed buckets
--          of the caller's plant from raw rows, under a per-plant-and-job advisory lock, and
--          records job state and bumps core.data_version in the same transaction.
-- Rollback: U006__core_rollup_engine.sql
-- Estimated time: < 1 s.

create table core.rollup_job (
    name             text primary key check (name ~ '^[a-z][a-z0-9_]{1,62}$'),
    bucket           text not null check (bucket in ('shift', 'day', 'month')),
    domain           text not null check (domain ~ '^[a-z][a-z0-9_.]{1,62}$'),
    -- function (p_tenant uuid, p_buckets timestamptz[]) returns table (rows_read bigint, rows_written bigint)
    recompute_fn     text not null,
    source_tables    text[] not null,
    interval_seconds int not null default 60 check (interval_seconds between 2 and 86400)
);
grant select on core.rollup_job to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;

create table core.rollup_invalidation (
    tenant_id    uuid not null references core.tenant (id),
    job          text not null references core.rollup_job (name),
    bucket_start timestamptz not null,
    -- Bumped by every write that touches the bucket: the upsert then takes a row lock, which
    -- orders writers against a runner deleting the same invalidation (see core.run_rollup_for).
    generation   bigint not null default 1,
    first_at     timestamptz not null default now(),
    primary key (tenant_id, job, bucket_start)
);
select core.enable_tenant_rls('core.rollup_invalidation');
grant select on core.rollup_invalidation to plantdesk_admin, plantdesk_planner;

create table core.rollup_state (
    tenant_id        uuid not null references core.tenant (id),
    job              text not null references core.rollup_job (name),
    last_run_at      timestamptz,
    last_success_at  timestamptz,
    last_duration_ms int,
    buckets_done     int not null default 0,
    rows_read        bigint not null default 0,
    rows_written     bigint not null default 0,
    runs             bigint not null default 0,
    last_error       text,
    last_error_at    timestamptz,
    primary key (tenant_id, job)
);
select core.enable_tenant_rls('core.rollup_state');
grant select on core.rollup_state to plantdesk_admin, plantdesk_planner;

-- Bucket arithmetic in the plant's own time zone. Shifts: three of 8 hours from 06:00.
-- No pinned search_path here on purpose: these are not SECURITY DEFINER, call only pg_catalog,
-- and a SET clause would stop PostgreSQL from inlining them into per-row expressions.
create function core.bucket_start(p_bucket text, p_ts timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select case p_bucket
        when 'day' then pg_catalog.date_trunc('day', p_ts, p_tz)
        when 'month' then pg_catalog.date_trunc('month', p_ts, p_tz)
        when 'shift' then ((pg_catalog.date_trunc('day', (p_ts at time zone p_tz) - interval '6 hours') + interval '6 hours'
                            + pg_catalog.floor(pg_catalog.date_part('hour', (p_ts at time zone p_tz) - interval '6 hours') / 8)
                              * interval '8 hours')
                           at time zone p_tz)
    end
$$;

create function core.bucket_end(p_bucket text, p_start timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select ((p_start at time zone p_tz) + case p_bucket when 'day' then interval '1 day'
                                                    when 'month' then interval '1 month'
                                                    else interval '8 hours' end) at time zone p_tz
$$;

-- One statement records each touched bucket once, in key order (so concurrent writers lock
-- invalidations in the same order and cannot deadlock on them).
create function core.invalidate_rollup_buckets() returns trigger
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
                   'select distinct r.t, $1, core.bucket_start($2, r.ts, tn.time_zone) '
                   'from (' || source || ') r join core.tenant tn on tn.id = r.t '
                   'order by 1, 3 '
                   'on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1',
                   tenant_col, ts_col)
    using job_name, b;
    return null;
end
$$;

create function core.track_rollup(tbl regclass, job_name text, ts_column text, tenant_column text default 'tenant_id')
    returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('create trigger rollup_%s_ins after insert on %s referencing new table as changed_rows '
                   'for each statement execute function core.invalidate_rollup_buckets(%L, %L, %L)',
                   job_name, tbl, job_name, ts_column, tenant_column);
    execute format('create trigger rollup_%s_upd after update on %s referencing old table as changed_old new table as changed_rows '
                   'for each statement execute function core.invalidate_rollup_buckets(%L, %L, %L)',
                   job_name, tbl, job_name, ts_column, tenant_column);
    execute format('create trigger rollup_%s_del after delete on %s referencing old table as changed_rows '
                   'for each statement execute function core.invalidate_rollup_buckets(%L, %L, %L)',
                   job_name, tbl, job_name, ts_column, tenant_column);
end
$$;

-- The engine's one transaction for a plant and a job. Steps, in order:
-- 1. the advisory lock; another runner holds it: 'busy', nothing done;
-- 2. lock (in key order, the order writers use too, so no deadlock) and DELETE the oldest
--    invalidated closed buckets, at most p_max_buckets, so a long outage is caught up in bounded
--    chunks. The lock waits for any writer holding one of those invalidations; a writer arriving
--    later waits for us and then inserts its invalidation anew;
-- 3. recompute those buckets: a later statement, so under READ COMMITTED it sees every write
--    whose invalidation step 2 consumed;
-- 4. job state and core.data_version, then commit (by the caller).
create function core.run_rollup_for(p_tenant uuid, p_job text, p_max_buckets int)
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
    if not pg_try_advisory_xact_lock(hashtext('plantdesk.rollup:' || p_job), hashtext(p_tenant::text)) then
        return query select 'busy'::text, 0, 0::bigint, 0::bigint, null::int;
        return;
    end if;
    select time_zone into tz from core.tenant where id = p_tenant;

    with candidates as (
        select bucket_start from core.rollup_invalidation
         where tenant_id = p_tenant and job = p_job and core.bucket_end(j.bucket, bucket_start, tz) <= now()
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
     where tenant_id = p_tenant and job = p_job and core.bucket_end(j.bucket, bucket_start, tz) <= now();

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

-- What a client calls: the plant is the caller's, never a parameter.
create function core.run_rollup(p_job text, p_max_buckets int default 100)
    returns table (status text, buckets int, rows_read bigint, rows_written bigint, remaining int)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    t uuid := core.current_tenant();
begin
    if t is null then
        raise exception 'this login belongs to no active person of a plant' using errcode = '42501';
    end if;
    return query select * from core.run_rollup_for(t, p_job, p_max_buckets);
end
$$;

-- A failed run rolled back everything; the client records why in a transaction of its own.
create function core.record_rollup_error(p_job text, p_error text) returns void
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    t uuid := core.current_tenant();
begin
    if t is null then
        raise exception 'this login belongs to no active person of a plant' using errcode = '42501';
    end if;
    insert into core.rollup_state as s (tenant_id, job, last_run_at, last_error, last_error_at)
    values (t, p_job, now(), left(p_error, 2000), now())
    on conflict (tenant_id, job) do update
       set last_run_at = now(), last_error = excluded.last_error, last_error_at = now();
end
$$;

-- For the Operations view: state and lag of every job for the caller's plant.
create function core.rollup_overview()
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
                  min(greatest(i.first_at, core.bucket_end(j.bucket, i.bucket_start, t.time_zone))) as oldest
             from core.rollup_invalidation i
            where i.tenant_id = t.id and i.job = j.name
              and core.bucket_end(j.bucket, i.bucket_start, t.time_zone) <= now()) p
      left join core.rollup_state s on s.tenant_id = core.current_tenant() and s.job = j.name
     order by j.name
$$;

do $$
declare
    f text;
begin
    foreach f in array array['core.invalidate_rollup_buckets()', 'core.run_rollup_for(uuid, text, int)',
        'core.run_rollup(text, int)', 'core.record_rollup_error(text, text)', 'core.rollup_overview()'] loop
        execute format('alter function %s owner to plantdesk_security', f);
        execute format('revoke all on function %s from public', f);
    end loop;
end
$$;
revoke all on function core.track_rollup(regclass, text, text, text) from public;
grant select on core.rollup_job, core.tenant to plantdesk_security;
grant select, insert, update, delete on core.rollup_invalidation to plantdesk_security;
grant select, insert, update on core.rollup_state to plantdesk_security;
grant execute on function core.run_rollup(text, int), core.record_rollup_error(text, text) to plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant execute on function core.rollup_overview() to plantdesk_admin, plantdesk_planner;
