-- Runs after every migrate: hands each object the migrator created in the Plantdesk schemas (and
-- Flyway's own history table) to the NOLOGIN owner role, so that no login role ever owns a table.
-- Objects deliberately given to plantdesk_security by a migration keep that owner.
do $$
declare
    obj record;
begin
    for obj in
        select c.oid::regclass::text as name,
               case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
                              else 'table' end as kind
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
         where c.relowner = (select oid from pg_roles where rolname = current_user)
           and c.relkind in ('r', 'p', 'v', 'm', 'S')
           and (n.nspowner = (select oid from pg_roles where rolname = 'plantdesk_owner')
                or c.oid = to_regclass('public.flyway_schema_history'))
           and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                                                 where d.objid = c.oid and d.deptype in ('a', 'i')))
    loop
        execute format('alter %s %s owner to plantdesk_owner', obj.kind, obj.name);
    end loop;
    for obj in
        select p.oid::regprocedure::text as name, case p.prokind when 'p' then 'procedure' else 'function' end as kind
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
         where p.proowner = (select oid from pg_roles where rolname = current_user)
           and n.nspowner = (select oid from pg_roles where rolname = 'plantdesk_owner')
    loop
        execute format('alter %s %s owner to plantdesk_owner', obj.kind, obj.name);
    end loop;
    for obj in
        select t.oid::regtype::text as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
         where t.typowner = (select oid from pg_roles where rolname = current_user)
           and n.nspowner = (select oid from pg_roles where rolname = 'plantdesk_owner')
           and t.typtype in ('d', 'e', 'c') and t.typrelid = 0
    loop
        execute format('alter type %s owner to plantdesk_owner', obj.name);
    end loop;
end
$$;
