-- Purpose: work-order templates (issue 14): a planner's recurring job (title, description, type,
--          priority, estimated hours, the checklist template it runs and the parts it usually
--          takes) that fills a new work order's form. Names are unique per plant among the
--          templates in use; a removed template is only marked (deleted_at).
-- Rollback: U055__maint_work_order_templates.sql
-- Estimated time: instant (new objects only).

create table maint.work_order_template (
    tenant_id             uuid not null references core.tenant (id),
    id                    uuid not null,
    name                  text not null,
    title                 text not null,
    description           text not null default '',
    type                  text not null,
    priority              smallint not null default 3,
    estimated_hours       numeric(7, 2),
    checklist_template_id uuid,
    deleted_at            timestamptz,
    created_at            timestamptz not null default now(),
    created_by            text not null default session_user,
    updated_at            timestamptz not null default now(),
    updated_by            text not null default session_user,
    version               int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, checklist_template_id) references maint.checklist_template (tenant_id, id),
    constraint work_order_template_name_length check (length(trim(name)) between 1 and 120),
    constraint work_order_template_title check (length(trim(title)) between 1 and 200),
    constraint work_order_template_description check (length(description) <= 20000),
    constraint work_order_template_type check (type in ('corrective', 'preventive', 'inspection', 'emergency')),
    constraint work_order_template_priority check (priority between 1 and 4),
    constraint work_order_template_hours check (estimated_hours >= 0)
);
create unique index work_order_template_name on maint.work_order_template (tenant_id, lower(trim(name)))
    where deleted_at is null;
select core.enable_tenant_rls('maint.work_order_template');
select core.attach_row_triggers('maint.work_order_template');

create table maint.work_order_template_part (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    template_id uuid not null,
    part_id     uuid not null,
    quantity    numeric(12, 2) not null,
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, template_id) references maint.work_order_template (tenant_id, id),
    foreign key (tenant_id, part_id) references maint.part (tenant_id, id),
    constraint work_order_template_part_once unique (tenant_id, template_id, part_id),
    constraint work_order_template_part_quantity check (quantity > 0)
);
select core.enable_tenant_rls('maint.work_order_template_part');
select core.attach_row_triggers('maint.work_order_template_part');

grant select on maint.work_order_template, maint.work_order_template_part to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert, update on maint.work_order_template to plantdesk_admin, plantdesk_planner;
grant insert, update, delete on maint.work_order_template_part to plantdesk_admin, plantdesk_planner;
