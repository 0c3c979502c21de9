-- Purpose: the generic row triggers every business table carries: created/updated stamps and the
--          optimistic-locking version, set by the database from the session user; and the audit
--          trail core.audit_log (partitioned by month) with the changed columns old and new.
-- Rollback: U003__core_audit_and_stamps.sql
-- Estimated time: < 1 s.

-- Stamps come from the database, not the client: a client cannot forge who or when.
create function core.stamp_row() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        new.created_at := now();
        new.created_by := session_user;
        new.version := 1;
    else
        new.created_at := old.created_at;
        new.created_by := old.created_by;
        new.version := old.version + 1;
    end if;
    new.updated_at := now();
    new.updated_by := session_user;
    return new;
end
$$;

create sequence core.audit_log_id_seq;

create table core.audit_log (
    tenant_id   uuid not null,
    id          bigint not null default nextval('core.audit_log_id_seq'),
    at          timestamptz not null default now(),
    table_name  text not null,
    row_id      text not null,
    action      text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
    -- Only the columns that changed (all columns for INSERT and DELETE); stamps left out.
    old_values  jsonb,
    new_values  jsonb,
    actor       text not null default session_user,
    txid        bigint not null default txid_current(),
    primary key (tenant_id, at, id)
) partition by range (at);
alter sequence core.audit_log_id_seq owned by core.audit_log.id;
create table core.audit_log_default partition of core.audit_log default;
select core.enable_tenant_rls('core.audit_log_default');
create index audit_log_tenant_table_at on core.audit_log (tenant_id, table_name, at desc);
create index audit_log_tenant_actor_at on core.audit_log (tenant_id, actor, at desc);

-- Monthly partitions are created ahead; the rollup scheduler calls this regularly, the migration
-- once. A month whose rows already sit in the default partition is skipped (and reported).
create function core.ensure_month_partitions(parent regclass, months_back int, months_ahead int)
    returns int
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    m date;
    part text;
    made int := 0;
    sch text;
    rel text;
begin
    select n.nspname, c.relname into sch, rel
      from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.oid = parent;
    for m in select generate_series(date_trunc('month', now())::date - make_interval(months => months_back),
                                    date_trunc('month', now())::date + make_interval(months => months_ahead),
                                    interval '1 month')::date loop
        part := format('%s_y%sm%s', rel, to_char(m, 'YYYY'), to_char(m, 'MM'));
        if not exists (select 1 from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = sch and c.relname = part) then
            begin
                execute format('create table %I.%I partition of %s for values from (%L) to (%L)',
                               sch, part, parent, m, (m + interval '1 month')::date);
                -- A partition is a table of its own: it gets the same forced policy.
                perform core.enable_tenant_rls(format('%I.%I', sch, part)::regclass);
                made := made + 1;
            exception when check_violation then
                raise notice 'partition % skipped: its rows are in the default partition', part;
            end;
        end if;
    end loop;
    return made;
end
$$;
revoke all on function core.ensure_month_partitions(regclass, int, int) from public;
select core.ensure_month_partitions('core.audit_log', 24, 3);

-- SECURITY DEFINER so that no client needs INSERT on the audit log. It belongs to
-- plantdesk_security (BYPASSRLS) because it also records changes made by the installer connection,
-- which has no tenant; it only ever records a row that has already passed its own table's policy.
create function core.audit_row() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    stamp_cols constant text[] := array['created_at', 'created_by', 'updated_at', 'updated_by', 'version'];
    o jsonb;
    n jsonb;
    k text;
    tenant_col constant text := coalesce(tg_argv[0], 'tenant_id');
    id_col constant text := coalesce(tg_argv[1], 'id');
    r jsonb;
begin
    if tg_op in ('UPDATE', 'DELETE') then o := to_jsonb(old) - stamp_cols; end if;
    if tg_op in ('UPDATE', 'INSERT') then n := to_jsonb(new) - stamp_cols; end if;
    if tg_op = 'UPDATE' then
        for k in select jsonb_object_keys(n) loop
            if o -> k = n -> k then
                o := o - k;
                n := n - k;
            end if;
        end loop;
        if n = '{}'::jsonb then
            return null;  -- nothing but stamps changed
        end if;
    end if;
    r := coalesce(to_jsonb(new), to_jsonb(old));
    insert into core.audit_log (tenant_id, table_name, row_id, action, old_values, new_values)
    values ((r ->> tenant_col)::uuid, tg_table_schema || '.' || tg_table_name, r ->> id_col, tg_op, o, n);
    return null;
end
$$;

-- Every business table calls this in its migration.
create function core.attach_row_triggers(tbl regclass, tenant_column text default 'tenant_id',
                                         id_column text default 'id') returns void
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    execute format('create trigger stamp_row before insert or update on %s '
                   'for each row execute function core.stamp_row()', tbl);
    execute format('create trigger audit_row after insert or update or delete on %s '
                   'for each row execute function core.audit_row(%L, %L)', tbl, tenant_column, id_column);
end
$$;
revoke all on function core.attach_row_triggers(regclass, text, text) from public;
alter function core.audit_row() owner to plantdesk_security;
revoke all on function core.audit_row() from public;
grant insert on core.audit_log to plantdesk_security;
grant usage on sequence core.audit_log_id_seq to plantdesk_security;

select core.enable_tenant_rls('core.audit_log');
grant select on core.audit_log to plantdesk_admin;

select core.attach_row_triggers('core.tenant', 'id', 'id');
select core.attach_row_triggers('core.person');
