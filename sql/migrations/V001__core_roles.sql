-- Purpose: create the cluster-wide roles of the security model (DESIGN.md section 5):
--          the NOLOGIN owner of every object, the NOLOGIN security role that owns vetted
--          SECURITY DEFINER functions, and the five group roles that carry the grants.
-- Rollback: U001__core_roles.sql (drops the roles only where no other database still uses them).
-- Estimated time: < 1 s.
--
-- Roles are shared by every database of the cluster (dev, staging and production may live on one
-- server, and tests copy databases from a template), so each role is created only when missing.
do $$
declare
    r text;
begin
    if not exists (select 1 from pg_roles where rolname = 'plantdesk_owner') then
        create role plantdesk_owner nologin;
    end if;
    -- Owns current_tenant(), the people functions and (later) vetted search functions.
    -- BYPASSRLS lets those functions read the mapping tables; CREATEROLE lets them create
    -- login roles, so that no person's login role ever needs CREATEROLE itself.
    if not exists (select 1 from pg_roles where rolname = 'plantdesk_security') then
        create role plantdesk_security nologin bypassrls createrole;
    end if;
    foreach r in array array['plantdesk_admin', 'plantdesk_planner', 'plantdesk_supervisor',
                             'plantdesk_technician', 'plantdesk_operator'] loop
        if not exists (select 1 from pg_roles where rolname = r) then
            execute format('create role %I nologin', r);
        end if;
        -- ADMIN OPTION so plantdesk_security may put new people into the group (PostgreSQL 16+).
        execute format('grant %I to plantdesk_security with admin option', r);
    end loop;
    -- A migrator that is not a superuser must be able to hand objects to the owner role.
    if not (select rolsuper from pg_roles where rolname = current_user) then
        execute format('grant plantdesk_owner to %I', current_user);
    end if;
end
$$;
