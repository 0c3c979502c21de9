-- Purpose: a rollup's last error is written by the rollup path only (issue 13, Security 9). Any
--          person could call core.record_rollup_error with any text and it showed in the admins'
--          Operations view. core.run_rollup now records the server's own message when a run fails
--          and returns status 'error'; EXECUTE on core.record_rollup_error is taken from the groups
--          (the function stays, so an older client's call fails quietly instead of breaking).
-- Rollback: U014__core_rollup_errors_by_engine.sql
-- Estimated time: instant.

-- What a client calls: the plant is the caller's, never a parameter. A run that fails is rolled
-- back (the inner block is a subtransaction) and the server records its own message in the job's
-- state; the client gets status 'error'. Deadlocks are raised, since the client runs again; a
-- statement timeout (not caught by OTHERS) reaches the client as it is.
create or replace function core.run_rollup(p_job text, p_max_buckets int default 100)
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
    begin
        return query select * from core.run_rollup_for(t, p_job, p_max_buckets);
    exception
        when deadlock_detected then
            raise;
        when others then
            if not exists (select 1 from core.rollup_job j where j.name = p_job) then
                raise; -- no such job: nothing to record, the caller hears why
            end if;
            insert into core.rollup_state as s (tenant_id, job, last_run_at, last_error, last_error_at)
            values (t, p_job, now(), left(sqlerrm, 2000), now())
            on conflict (tenant_id, job) do update
               set last_run_at = now(), last_error = excluded.last_error, last_error_at = now();
            return query select 'error'::text, 0, 0::bigint, 0::bigint, null::int;
    end;
end
$$;

revoke execute on function core.record_rollup_error(text, text) from plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
