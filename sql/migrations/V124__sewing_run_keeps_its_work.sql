-- Purpose: a sewing run's line and style stay as they were once output is recorded (issue 16,
--          the runs screen). Output is a scan of a bundle of the run; its line efficiency and
--          earned minutes were worked out for that line and that style's bulletin, so moving the
--          run to another line or style would rewrite past figures. A run is also only started or
--          moved on a line and a style that are still in use (not removed). Quantity, target,
--          dates and the order reference stay editable.
-- Rollback: U124__sewing_run_keeps_its_work.sql
-- Estimated time: < 1 s (a trigger; no data is read).

create function sewing.run_keeps_its_work() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'UPDATE' and new.line_id = old.line_id and new.style_id = old.style_id then
        return new;
    end if;
    if tg_op = 'UPDATE' and exists (select 1
                  from sewing.bundle b
                 where b.tenant_id = old.tenant_id and b.run_id = old.id
                   and exists (select 1 from sewing.bundle_scan x
                                where x.tenant_id = b.tenant_id and x.bundle_id = b.id)) then
        raise exception 'run "%" has output recorded, so its line and style stay as they were sewn', old.order_ref
            using errcode = '23514', constraint = 'run_keeps_its_work';
    end if;
    if exists (select 1 from sewing.line l
                where l.tenant_id = new.tenant_id and l.id = new.line_id and l.deleted_at is not null) then
        raise exception 'this line is no longer in use, so a run cannot be planned on it'
            using errcode = '23514', constraint = 'run_line_in_use';
    end if;
    if exists (select 1 from sewing.style s
                where s.tenant_id = new.tenant_id and s.id = new.style_id and s.deleted_at is not null) then
        raise exception 'this style is no longer in use, so a run cannot be planned for it'
            using errcode = '23514', constraint = 'run_style_in_use';
    end if;
    return new;
end $$;

create trigger run_keeps_its_work before insert or update of line_id, style_id on sewing.run
    for each row execute function sewing.run_keeps_its_work();
