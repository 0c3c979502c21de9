-- Purpose: the floor's set-up screen (issue 16, "Lines and operators"): the machines a line
--          sews on (sewing.line_machine) and operators' employee numbers, skills and whether
--          they sew now (sewing.operator), each rule the screen checks held here.
-- Rollback: U120__sewing_line_setup.sql
-- Estimated time: < 1 s (two new tables, empty).

-- * sewing.line_machine: each machine on one line of the plant at a time (line_machine_once),
--   and only a live asset of kind "machine" (line_machine_is_machine, a trigger: a CHECK cannot
--   read the asset).
-- * sewing.operator: a person of the plant as the floor knows them: employee number (unique in
--   the plant, any case: operator_employee_no), skill level 1 to 5, active. Their line stays
--   sewing.line_member.
-- A line is never deleted (no role has DELETE on sewing.line; runs, scans and figures point at
-- it): it is deactivated (deleted_at), which the floor screens hide.

create table sewing.line_machine (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    line_id    uuid not null,
    machine_id uuid not null,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    constraint line_machine_once unique (tenant_id, machine_id),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id),
    foreign key (tenant_id, machine_id) references maint.asset (tenant_id, id)
);
create index line_machine_line on sewing.line_machine (tenant_id, line_id);
select core.enable_tenant_rls('sewing.line_machine');
select core.attach_row_triggers('sewing.line_machine');
select core.track_data_version('sewing.line_machine', 'sewing');

create function sewing.line_machine_check() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if not exists (select 1 from maint.asset a
                    where a.tenant_id = new.tenant_id and a.id = new.machine_id
                      and a.kind = 'machine' and a.deleted_at is null) then
        raise exception 'only a machine of the asset register can sew on a line'
            using errcode = '23514', constraint = 'line_machine_is_machine';
    end if;
    return new;
end
$$;
create trigger line_machine_check before insert or update of machine_id on sewing.line_machine
    for each row execute function sewing.line_machine_check();

create table sewing.operator (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    person_id   uuid not null,
    employee_no text not null check (employee_no ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,19}$'),
    skill_level smallint not null default 1 check (skill_level between 1 and 5),
    active      boolean not null default true,
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    constraint operator_person_once unique (tenant_id, person_id),
    foreign key (tenant_id, person_id) references core.person (tenant_id, id)
);
create unique index operator_employee_no on sewing.operator (tenant_id, lower(employee_no));
select core.enable_tenant_rls('sewing.operator');
select core.attach_row_triggers('sewing.operator');
select core.track_data_version('sewing.operator', 'sewing');

grant select on sewing.line_machine, sewing.operator
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert, update, delete on sewing.line_machine to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
grant insert, update on sewing.operator to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
