-- Purpose: a lay cut into bundles keeps its run and its pieces cut (issue 16, cutting runs).
--          Its bundles carry the run and hold those pieces; moving the lay to another run or
--          changing how many pieces it cut would leave the bundles saying otherwise. Plies,
--          fabric used, wastage, the cutter and the time stay correctable.
-- Rollback: U125__sewing_cutting_keeps_its_bundles.sql
-- Estimated time: < 1 s (a trigger; no data is read).

create function sewing.cutting_keeps_its_bundles() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.run_id = old.run_id and new.pieces_cut = old.pieces_cut then
        return new;
    end if;
    if exists (select 1 from sewing.bundle b where b.tenant_id = old.tenant_id and b.cutting_id = old.id) then
        raise exception 'lay % is cut into bundles, so its run and pieces cut stay as they were', old.lay_no
            using errcode = '23514', constraint = 'cutting_keeps_its_bundles';
    end if;
    return new;
end $$;

create trigger cutting_keeps_its_bundles before update of run_id, pieces_cut on sewing.cutting
    for each row execute function sewing.cutting_keeps_its_bundles();
