-- Purpose: undo V014__core_rollup_errors_by_engine.sql.
-- Rollback of: V014__core_rollup_errors_by_engine.sql
-- Estimated time: instant.
-- What a client calls: the plant is the caller's, never a parameter.
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
    return query select * from core.run_rollup_for(t, p_job, p_max_buckets);
end
$$;

grant execute on function core.record_rollup_error(text, text) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
