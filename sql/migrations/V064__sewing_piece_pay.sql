-- Purpose: piece-rate pay on the sewing floor (issue 16): the plant's pay currency (ISO 4217) and
--          the piece rate copied onto each scan when it is recorded, so a later change of the
--          bulletin does not rewrite what operators earned on past days (scans recorded before
--          this script have none and are paid at the operation's rate).
-- Rollback: U064__sewing_piece_pay.sql
-- Estimated time: instant (a nullable column without a default is a catalog change only).
-- Lock timeout: 5s, 4 retries
create table sewing.pay_policy (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    currency   text not null check (currency ~ '^[A-Z]{3}$'),
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    constraint pay_policy_one unique (tenant_id)
);
select core.enable_tenant_rls('sewing.pay_policy');
select core.attach_row_triggers('sewing.pay_policy');
grant select on sewing.pay_policy to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant insert, update on sewing.pay_policy to plantdesk_admin;

alter table sewing.bundle_scan add column piece_rate numeric(10, 4) check (piece_rate >= 0);

create function sewing.bundle_scan_piece_rate() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    select o.piece_rate into new.piece_rate
      from sewing.operation o where o.tenant_id = new.tenant_id and o.id = new.operation_id;
    return new;
end
$$;
create trigger bundle_scan_piece_rate before insert on sewing.bundle_scan
    for each row execute function sewing.bundle_scan_piece_rate();
