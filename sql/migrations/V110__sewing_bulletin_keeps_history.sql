-- Purpose: a style's bulletin in use keeps its history (issue 16). A garment counts as output at
--          its style's last operation (the highest sequence), worked out when figures are read, so
--          adding an operation after the last one, renumbering one, moving it to another style or
--          removing one after scans were recorded changed which operation was the output
--          operation for past work, and so past output, WIP and efficiency. Once any bundle of a
--          run of the style has a scan, those edits are refused with a sentence that says to make
--          a new version of the bulletin (BulletinService.newVersion copies it to a new style
--          that new runs use). Names, machine types, skill levels and the QC checkpoint stay
--          editable; a scan keeps its own standard minutes and piece rate, so those never change
--          past figures either.
-- Rollback: U110__sewing_bulletin_keeps_history.sql
-- Estimated time: < 1 s (a trigger; no data is read).

create function sewing.operation_keeps_history() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    styles uuid[];
    tenant uuid;
    used_code text;
begin
    if tg_op = 'UPDATE' and new.seq = old.seq and new.style_id = old.style_id then
        return new;
    end if;
    tenant := case when tg_op = 'INSERT' then new.tenant_id else old.tenant_id end;
    styles := case tg_op
        when 'INSERT' then array[new.style_id]
        when 'DELETE' then array[old.style_id]
        else array[old.style_id, new.style_id] end;
    select st.code into used_code
      from sewing.style st
     where st.tenant_id = tenant and st.id = any (styles)
       and exists (select 1
                     from sewing.run r
                     join sewing.bundle b on b.tenant_id = r.tenant_id and b.run_id = r.id
                    where r.tenant_id = st.tenant_id and r.style_id = st.id
                      and exists (select 1 from sewing.bundle_scan x
                                   where x.tenant_id = b.tenant_id and x.bundle_id = b.id))
     limit 1;
    if used_code is not null then
        raise exception 'style "%" has scans recorded, so its operations and their order are kept: make a new version of its bulletin', used_code
            using errcode = '23514', constraint = 'operation_bulletin_in_use';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger operation_keeps_history before insert or delete or update of seq, style_id on sewing.operation
    for each row execute function sewing.operation_keeps_history();
