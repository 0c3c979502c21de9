-- Purpose: the rules behind the asset editor and the asset screen's meter reading (issue 14).
--          A component sits under a machine or another component (V022 let one hang straight
--          from a site or a line, which no planner means); and a meter reading is never later
--          than now (a typo in the year would hold the meter's total in the future and make
--          every later true reading look "lower"). Five minutes of grace for a floor PC's clock.
--          Existing rows are not touched (a trigger checks new and changed rows only).
-- Rollback: U103__maint_asset_rules_for_editing.sql
-- Estimated time: instant (two functions and a trigger).

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
       or (maint.asset_level(parent_kind) = maint.asset_level(new.kind) and new.kind <> 'component')
       or (new.kind = 'component' and parent_kind not in ('machine', 'component')) then
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

create function maint.meter_reading_not_ahead() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if new.read_at > now() + interval '5 minutes' then
        raise exception 'a meter reading cannot be later than now'
            using errcode = '23514', constraint = 'meter_reading_not_ahead';
    end if;
    return new;
end
$$;
create trigger meter_reading_not_ahead before insert or update of read_at on maint.meter_reading
    for each row execute function maint.meter_reading_not_ahead();
