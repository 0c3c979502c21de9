-- Purpose: operation precedence (issue 16): which operations of a style must be done before
--          another (a collar is attached before the collar is top-stitched). One row per
--          "operation waits for required operation", both of the same style; the graph never has
--          a cycle (the database refuses the row that would close one).
-- Rollback: U067__sewing_operation_precedence.sql
-- Estimated time: instant (new objects only).
create table sewing.operation_precedence (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    operation_id uuid not null,
    requires_id  uuid not null,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id),
    constraint operation_precedence_once unique (tenant_id, operation_id, requires_id),
    constraint operation_precedence_not_itself check (operation_id <> requires_id),
    foreign key (tenant_id, operation_id) references sewing.operation (tenant_id, id) on delete cascade,
    foreign key (tenant_id, requires_id) references sewing.operation (tenant_id, id) on delete cascade
);
create index operation_precedence_requires on sewing.operation_precedence (tenant_id, requires_id);
select core.enable_tenant_rls('sewing.operation_precedence');
select core.attach_row_triggers('sewing.operation_precedence');

-- Same style, and no cycle. The style's row is locked first, so two editors adding A-before-B and
-- B-before-A at once are checked one after the other (the second sees the first's row and is
-- refused) instead of each passing against a graph without the other's edge.
create function sewing.operation_precedence_check() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    a_style uuid;
    b_style uuid;
    a_name text;
    b_name text;
begin
    select o.style_id, o.name into a_style, a_name
      from sewing.operation o where o.tenant_id = new.tenant_id and o.id = new.operation_id;
    select o.style_id, o.name into b_style, b_name
      from sewing.operation o where o.tenant_id = new.tenant_id and o.id = new.requires_id;
    if a_style is distinct from b_style then
        raise exception 'an operation can only wait for an operation of the same style'
            using errcode = '23514', constraint = 'operation_precedence_same_style';
    end if;
    perform 1 from sewing.style s where s.tenant_id = new.tenant_id and s.id = a_style for no key update;
    -- A cycle exists when the required operation already waits, directly or through others, for
    -- the operation that now waits for it.
    if exists (
        with recursive up(op) as (
            select p.requires_id from sewing.operation_precedence p
             where p.tenant_id = new.tenant_id and p.operation_id = new.requires_id and p.id <> new.id
            union
            select p.requires_id from sewing.operation_precedence p join up on p.operation_id = up.op
             where p.tenant_id = new.tenant_id and p.id <> new.id
        )
        select 1 from up where op = new.operation_id
    ) then
        raise exception 'operation "%" already comes before "%", so it cannot also wait for it', a_name, b_name
            using errcode = '23514', constraint = 'operation_precedence_no_cycle';
    end if;
    return null;
end
$$;
create constraint trigger operation_precedence_check after insert or update of operation_id, requires_id
    on sewing.operation_precedence
    for each row execute function sewing.operation_precedence_check();

grant select on sewing.operation_precedence to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant insert, update, delete on sewing.operation_precedence to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor;
