-- Purpose: undo V103__maint_asset_rules_for_editing.sql.
-- Rollback of: V103__maint_asset_rules_for_editing.sql
-- Estimated time: instant.
-- destructive: drops the reading-time check (readings may then be dated ahead again, as before V103).
drop trigger meter_reading_not_ahead on maint.meter_reading;
drop function maint.meter_reading_not_ahead();

-- V022's parent check: a component may again hang from a site or a line.
create or replace function maint.asset_check_parent() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    parent_kind text;
    cycle boolean;
begin
    if new.parent_id is null then
        return new;
    end if;
    select kind into parent_kind from maint.asset where tenant_id = new.tenant_id and id = new.parent_id;
    if maint.asset_level(parent_kind) > maint.asset_level(new.kind)
       or (maint.asset_level(parent_kind) = maint.asset_level(new.kind) and new.kind <> 'component') then
        raise exception 'a % cannot be placed under a %', new.kind, parent_kind
            using errcode = '23514', constraint = 'asset_parent_level';
    end if;
    with recursive up as (
        select a.id, a.parent_id, 1 as depth from maint.asset a where a.tenant_id = new.tenant_id and a.id = new.parent_id
        union all
        select a.id, a.parent_id, u.depth + 1 from maint.asset a join up u on a.tenant_id = new.tenant_id and a.id = u.parent_id
         where u.depth < 64
    )
    select exists (select 1 from up where id = new.id) into cycle;
    if cycle then
        raise exception 'an asset cannot be placed under itself or one of its own parts'
            using errcode = '23514', constraint = 'asset_parent_cycle';
    end if;
    return new;
end
$$;
