-- Purpose: comments on a work order (issue 14): who wrote what and when, append-only. The author
--          is the login the row trigger stamps (created_by = session_user), so nobody can write a
--          comment in someone else's name; there is no update or delete grant, so what was said
--          stays said (a correction is a new comment).
-- Rollback: U053__maint_work_order_comments.sql
-- Estimated time: instant (new objects only).

create table maint.work_order_comment (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    work_order_id uuid not null,
    body          text not null,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    constraint work_order_comment_body check (length(trim(body)) between 1 and 4000)
);
create index work_order_comment_of on maint.work_order_comment (tenant_id, work_order_id, created_at);
select core.enable_tenant_rls('maint.work_order_comment');
select core.attach_row_triggers('maint.work_order_comment');

grant select, insert on maint.work_order_comment to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
