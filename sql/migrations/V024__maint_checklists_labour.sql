-- Purpose: what is done on a work order (issue 14): labour entries (who, when, hours), checklist
--          templates and the checklists copied from them onto work orders, with items (pass/fail,
--          a value within limits, a note), their results and a sign-off (who, when and a SHA-256
--          hash of the results, recomputable from the rows, after which the results are frozen).
-- Rollback: U024__maint_checklists_labour.sql
-- Estimated time: instant (new objects only).

create table maint.labour (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    work_order_id uuid not null,
    person_id     uuid not null,
    work_date     date not null,
    hours         numeric(5, 2) not null check (hours > 0 and hours <= 24),
    started_at    timestamptz,
    ended_at      timestamptz,
    note          text check (length(note) <= 2000),
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    foreign key (tenant_id, person_id) references core.person (tenant_id, id),
    constraint labour_order check (ended_at > started_at),
    constraint labour_pair check ((started_at is null) = (ended_at is null))
);
create index labour_work_order on maint.labour (tenant_id, work_order_id);
create index labour_person_date on maint.labour (tenant_id, person_id, work_date);
select core.enable_tenant_rls('maint.labour');
select core.attach_row_triggers('maint.labour');

create table maint.checklist_template (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    name       text not null check (length(trim(name)) between 1 and 120),
    deleted_at timestamptz,
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id)
);
select core.enable_tenant_rls('maint.checklist_template');
select core.attach_row_triggers('maint.checklist_template');

create table maint.checklist_template_item (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    template_id uuid not null,
    position    int not null check (position between 1 and 500),
    prompt      text not null check (length(trim(prompt)) between 1 and 300),
    kind        text not null check (kind in ('pass_fail', 'value', 'note')),
    unit        text check (length(unit) <= 20),
    low_limit   numeric(14, 4),
    high_limit  numeric(14, 4),
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id, template_id, position),
    foreign key (tenant_id, template_id) references maint.checklist_template (tenant_id, id),
    constraint checklist_template_item_limits check (low_limit <= high_limit),
    constraint checklist_template_item_value_only check (kind = 'value' or (low_limit is null and high_limit is null))
);
select core.enable_tenant_rls('maint.checklist_template_item');
select core.attach_row_triggers('maint.checklist_template_item');

create table maint.checklist (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    work_order_id uuid not null,
    template_id   uuid,
    name          text not null check (length(trim(name)) between 1 and 120),
    signed_at     timestamptz,
    signed_by     uuid,
    results_hash  text check (results_hash ~ '^[0-9a-f]{64}$'),
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    foreign key (tenant_id, template_id) references maint.checklist_template (tenant_id, id),
    foreign key (tenant_id, signed_by) references core.person (tenant_id, id),
    constraint checklist_signed check ((signed_at is null) = (signed_by is null)
                                       and (signed_at is null) = (results_hash is null))
);
create index checklist_work_order on maint.checklist (tenant_id, work_order_id);
select core.enable_tenant_rls('maint.checklist');
select core.attach_row_triggers('maint.checklist');

create table maint.checklist_item (
    tenant_id    uuid not null references core.tenant (id),
    id           uuid not null,
    checklist_id uuid not null,
    position     int not null check (position between 1 and 500),
    prompt       text not null check (length(trim(prompt)) between 1 and 300),
    kind         text not null check (kind in ('pass_fail', 'value', 'note')),
    unit         text check (length(unit) <= 20),
    low_limit    numeric(14, 4),
    high_limit   numeric(14, 4),
    passed       boolean,
    value        numeric(14, 4),
    note         text check (length(note) <= 2000),
    answered_at  timestamptz,
    answered_by  text,
    -- pass / fail / null (not answered); a value outside its limits fails.
    outcome      text generated always as (
                     case when kind = 'pass_fail' then case passed when true then 'pass' when false then 'fail' end
                          when kind = 'value' and value is not null then
                               case when value < low_limit or value > high_limit then 'fail' else 'pass' end
                          when kind = 'note' and note is not null then 'pass' end) stored,
    created_at   timestamptz not null default now(),
    created_by   text not null default session_user,
    updated_at   timestamptz not null default now(),
    updated_by   text not null default session_user,
    version      int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id, checklist_id, position),
    foreign key (tenant_id, checklist_id) references maint.checklist (tenant_id, id),
    constraint checklist_item_limits check (low_limit <= high_limit),
    constraint checklist_item_value_only check (kind = 'value' or (low_limit is null and high_limit is null)),
    constraint checklist_item_answer_kind check ((kind = 'pass_fail' or passed is null) and (kind = 'value' or value is null))
);
select core.enable_tenant_rls('maint.checklist_item');
select core.attach_row_triggers('maint.checklist_item');

-- The hash a sign-off records: SHA-256 over each item's position, prompt, outcome, value and note
-- in order, so anyone can recompute it from the rows and see that nothing changed since.
create function maint.checklist_results_hash(p_tenant uuid, p_checklist uuid) returns text
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select encode(sha256(convert_to(coalesce(string_agg(
               concat_ws(E'\x1f', i.position::text, i.prompt, coalesce(i.outcome, ''),
                         coalesce(i.value::text, ''), coalesce(i.note, '')), E'\x1e' order by i.position), ''), 'UTF8')), 'hex')
      from maint.checklist_item i
     where i.tenant_id = p_tenant and i.checklist_id = p_checklist
$$;

-- A signed checklist is frozen; signing needs every item answered, and records the hash itself.
create function maint.checklist_guard() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    signed timestamptz;
begin
    if tg_table_name = 'checklist_item' then
        select c.signed_at into signed from maint.checklist c
         where c.tenant_id = coalesce(new.tenant_id, old.tenant_id) and c.id = coalesce(new.checklist_id, old.checklist_id);
        if signed is not null then
            raise exception 'the checklist was signed off at %; its results can no longer change', signed
                using errcode = '23514', constraint = 'checklist_frozen';
        end if;
        return coalesce(new, old);
    end if;
    if old.signed_at is not null then
        raise exception 'the checklist was signed off at %; it can no longer change', old.signed_at
            using errcode = '23514', constraint = 'checklist_frozen';
    end if;
    if new.signed_at is not null then
        if exists (select 1 from maint.checklist_item i where i.tenant_id = new.tenant_id
                      and i.checklist_id = new.id and i.outcome is null) then
            raise exception 'every item of the checklist needs a result before it is signed off'
                using errcode = '23514', constraint = 'checklist_unanswered';
        end if;
        new.results_hash := maint.checklist_results_hash(new.tenant_id, new.id);
    end if;
    return new;
end
$$;
create trigger checklist_guard before update on maint.checklist
    for each row execute function maint.checklist_guard();
create trigger checklist_item_guard before insert or update or delete on maint.checklist_item
    for each row execute function maint.checklist_guard();

grant select on maint.labour, maint.checklist_template, maint.checklist_template_item, maint.checklist,
    maint.checklist_item to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
grant insert, update on maint.labour to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
grant insert, update on maint.checklist_template, maint.checklist_template_item to plantdesk_admin, plantdesk_planner;
grant insert on maint.checklist, maint.checklist_item to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician;
grant update (signed_at, signed_by, results_hash) on maint.checklist to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician;
grant update (passed, value, note, answered_at, answered_by) on maint.checklist_item to plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
