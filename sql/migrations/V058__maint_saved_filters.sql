-- Purpose: the backlog's saved filters in the database (issue 14), where they were a line per
--          person in a floor PC's settings file: each person's own, seen on every PC they log in
--          at, and each one either private or shared with the plant. Row-level security keeps a
--          person to their own and the plant's shared filters, and to changing only their own.
-- Rollback: U058__maint_saved_filters.sql
-- Estimated time: instant (new objects only).

-- The person of this login, like core.current_tenant(): from session_user, never a setting.
create function maint.current_person() returns uuid
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    select p.id from core.person p where p.login_role = session_user and p.active
$$;
alter function maint.current_person() owner to plantdesk_security;
revoke all on function maint.current_person() from public;
grant execute on function maint.current_person() to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;

create table maint.saved_filter (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    owner_id    uuid not null default maint.current_person(),
    name        text not null check (length(trim(name)) between 1 and 80),
    -- The backlog's filters, search and sort, as the backlog writes them (BacklogQueryCodec).
    query       text not null check (length(query) <= 2000),
    shared      boolean not null default false,
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, owner_id) references core.person (tenant_id, id),
    constraint saved_filter_name unique (tenant_id, owner_id, name)
);
select core.enable_tenant_rls('maint.saved_filter');
select core.attach_row_triggers('maint.saved_filter');

-- On top of the plant's policy: read your own and the shared ones, write only your own.
create policy saved_filter_read on maint.saved_filter as restrictive for select
    using (shared or owner_id = (select maint.current_person()));
create policy saved_filter_insert on maint.saved_filter as restrictive for insert
    with check (owner_id = (select maint.current_person()));
create policy saved_filter_update on maint.saved_filter as restrictive for update
    using (owner_id = (select maint.current_person())) with check (owner_id = (select maint.current_person()));
create policy saved_filter_delete on maint.saved_filter as restrictive for delete
    using (owner_id = (select maint.current_person()));

grant select, insert, update, delete on maint.saved_filter to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
