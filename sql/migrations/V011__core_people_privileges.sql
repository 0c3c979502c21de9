-- Purpose: people's logins get nothing they do not need (issue 13, Security 3): one login filled
--          the disk with large objects until the server panicked, and temporary tables are
--          another way to the same end. TEMP on this database is revoked from PUBLIC (the
--          default grant; Plantdesk never uses temporary tables as a person), and where the
--          migrator may (a superuser), EXECUTE on the large-object functions too.
--          Temporary files are bounded per login by V010 (temp_file_limit).
-- Rollback: U011__core_people_privileges.sql
-- Estimated time: instant.
do $$
declare
    f regprocedure;
begin
    execute format('revoke temporary on database %I from public', current_database());
    if not (select rolsuper from pg_roles where rolname = current_user) then
        raise notice 'large objects: only a superuser can revoke the lo_* functions from PUBLIC; see docs/security.md';
        return;
    end if;
    -- lo_import and lo_export (server files) are superuser-only already and stay as they are.
    for f in
        select p.oid::regprocedure from pg_proc p
         where p.pronamespace = 'pg_catalog'::regnamespace
           and (p.proname like 'lo\_%' or p.proname in ('loread', 'lowrite'))
           and p.proname not in ('lo_import', 'lo_export')
    loop
        execute format('revoke execute on function %s from public', f);
    end loop;
end
$$;
