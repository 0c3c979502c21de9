-- Purpose: undo V013__core_rollup_row_lock.sql.
-- Rollback of: V013__core_rollup_row_lock.sql
-- Estimated time: instant.
-- Back to the advisory lock of V006 (its text, unchanged).
-- The engine's one transaction for a plant and a job. Steps, in order:
-- 1. the advisory lock; another runner holds it: 'busy', nothing done;
-- 2. lock (in key order, the order writers use too, so no deadlock) and DELETE the oldest
--    invalidated closed buckets, at most p_max_buckets, so a long outage is caught up in bounded
--    chunks. The lock waits for any writer holding one of those invalidations; a writer arriving
--    later waits for us and then inserts its invalidation anew;
-- 3. recompute those buckets: a later statement, so under READ COMMITTED it sees every write
--    whose invalidation step 2 consumed;
-- 4. job state and core.data_version, then commit (by the caller).
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
