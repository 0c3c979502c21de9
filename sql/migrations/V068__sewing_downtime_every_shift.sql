-- Purpose: a stop that spans shifts is recounted in every shift it overlaps (issue 16). Until now
--          the shift rollup was told only of the shift a stop started in, so the night shift kept
--          the minutes it had before the stop that began on the evening shift was ended. The
--          engine's generic trigger (one bucket per row, by started_at) on sewing.downtime gives
--          way to one that invalidates each shift of the plant's calendar from start to end (a
--          running stop: to now).
-- Rollback: U068__sewing_downtime_every_shift.sql
-- Estimated time: instant (triggers and functions only).
-- destructive: drops the engine's generic rollup triggers on sewing.downtime; the new ones replace them in the same transaction.
drop trigger rollup_sewing_line_shift_ins on sewing.downtime;
drop trigger rollup_sewing_line_shift_upd on sewing.downtime;
drop trigger rollup_sewing_line_shift_del on sewing.downtime;

-- The starts of the shift buckets (shifts and "no shift" stretches) that [p_from, p_to) touches,
-- walked through the calendar one bucket after the other; at most a year of them.
create function sewing.shift_buckets(p_tenant uuid, p_from timestamptz, p_to timestamptz)
    returns table (bucket_start timestamptz)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with recursive b(s, e, n) as (
        select sh.starts_at, sh.ends_at, 1 from core.shift_at(p_tenant, p_from) sh
        union all
        select sh.starts_at, sh.ends_at, b.n + 1 from b cross join lateral core.shift_at(p_tenant, b.e) sh
         where b.e < p_to and b.n < 1500
    )
    select s from b
$$;
alter function sewing.shift_buckets(uuid, timestamptz, timestamptz) owner to plantdesk_security;
revoke all on function sewing.shift_buckets(uuid, timestamptz, timestamptz) from public;

-- One statement records each touched shift once, in key order, like core.invalidate_rollup_buckets.
create function sewing.downtime_invalidate_shifts() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'UPDATE' then
        insert into core.rollup_invalidation as i (tenant_id, job, bucket_start)
        select distinct r.tenant_id, 'sewing_line_shift', b.bucket_start
          from (select tenant_id, started_at, ended_at from changed_rows
                union all
                select tenant_id, started_at, ended_at from changed_old) r
         cross join lateral sewing.shift_buckets(r.tenant_id, r.started_at, coalesce(r.ended_at, greatest(now(), r.started_at))) b
         order by 1, 3
        on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1;
    else
        insert into core.rollup_invalidation as i (tenant_id, job, bucket_start)
        select distinct r.tenant_id, 'sewing_line_shift', b.bucket_start
          from changed_rows r
         cross join lateral sewing.shift_buckets(r.tenant_id, r.started_at, coalesce(r.ended_at, greatest(now(), r.started_at))) b
         order by 1, 3
        on conflict (tenant_id, job, bucket_start) do update set generation = i.generation + 1;
    end if;
    return null;
end
$$;
alter function sewing.downtime_invalidate_shifts() owner to plantdesk_security;
revoke all on function sewing.downtime_invalidate_shifts() from public;

create trigger rollup_sewing_line_shift_ins after insert on sewing.downtime referencing new table as changed_rows
    for each statement execute function sewing.downtime_invalidate_shifts();
create trigger rollup_sewing_line_shift_upd after update on sewing.downtime
    referencing old table as changed_old new table as changed_rows
    for each statement execute function sewing.downtime_invalidate_shifts();
create trigger rollup_sewing_line_shift_del after delete on sewing.downtime referencing old table as changed_rows
    for each statement execute function sewing.downtime_invalidate_shifts();
