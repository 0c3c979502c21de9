-- Purpose: undo V011__core_people_privileges.sql.
-- Rollback of: V011__core_people_privileges.sql
-- Estimated time: instant.
do $$
declare
    f regprocedure;
begin
    execute format('grant temporary on database %I to public', current_database());
    if not (select rolsuper from pg_roles where rolname = current_user) then
        return;
    end if;
    for f in
        select p.oid::regprocedure from pg_proc p
         where p.pronamespace = 'pg_catalog'::regnamespace
           and (p.proname like 'lo\_%' or p.proname in ('loread', 'lowrite'))
           and p.proname not in ('lo_import', 'lo_export')
    loop
        execute format('grant execute on function %s to public', f);
    end loop;
end
$$;
