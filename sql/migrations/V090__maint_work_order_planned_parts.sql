-- Purpose: the parts a work order is planned to take (issue 14), beside the parts issued to it (the
--          stock ledger): a work order made from a template gets the template's parts here, as
--          it gets its checklist, so the technician sees what to fetch and the store what is
--          coming. One row a part per work order; a quantity above zero.
-- Rollback: U090__maint_work_order_planned_parts.sql
-- Estimated time: instant (new objects only).

create table maint.work_order_part (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    work_order_id uuid not null,
    part_id       uuid not null,
    quantity      numeric(12, 2) not null,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    foreign key (tenant_id, part_id) references maint.part (tenant_id, id),
    constraint work_order_part_once unique (tenant_id, work_order_id, part_id),
    constraint work_order_part_quantity check (quantity > 0)
);
create index work_order_part_part on maint.work_order_part (tenant_id, part_id);
select core.enable_tenant_rls('maint.work_order_part');
select core.attach_row_triggers('maint.work_order_part');

grant select on maint.work_order_part to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
-- Whoever may raise a work order may raise it from a template, and so plan its parts; the
-- maintenance team's leads change the plan.
grant insert on maint.work_order_part to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant update, delete on maint.work_order_part to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
-- PM generation (SECURITY DEFINER) copies a template's parts onto the work orders it makes.
grant select, insert on maint.work_order_part to plantdesk_security;
