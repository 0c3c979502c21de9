-- Purpose: files attached to a work order (issue 14), stored in the database so every client sees
--          them under the same RLS as the work order: at most 10 MB each (a constraint, whatever
--          the client checked), an optional thumbnail of at most 256 kB that the client made from
--          an image, and the size kept in its own column so lists never read the bytes.
-- Rollback: U054__maint_work_order_attachments.sql
-- Estimated time: instant (new objects only).

create table maint.attachment (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    work_order_id uuid not null,
    file_name     text not null,
    media_type    text not null,
    content       bytea not null,
    size_bytes    int generated always as (octet_length(content)) stored,
    thumbnail     bytea,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    constraint attachment_size check (octet_length(content) between 1 and 10485760),
    constraint attachment_thumbnail_size check (octet_length(thumbnail) <= 262144),
    constraint attachment_file_name check (length(file_name) between 1 and 255 and file_name !~ '[/\\[:cntrl:]]'),
    constraint attachment_media_type check (media_type ~ '^[a-z]+/[a-z0-9.+-]{1,100}$')
);
-- Photos, PDFs and office files are compressed already: storing them as they are saves the
-- server a compression attempt on every insert.
alter table maint.attachment alter column content set storage external;
create index attachment_of on maint.attachment (tenant_id, work_order_id, created_at);
select core.enable_tenant_rls('maint.attachment');
-- Stamps only, no audit trigger (sql/README rule 5's exception): the generic audit would copy
-- up to 10 MB of bytes into core.audit_log as hex; the row itself records who added what, when.
create trigger stamp_row before insert or update on maint.attachment
    for each row execute function core.stamp_row();

grant select, insert on maint.attachment to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
