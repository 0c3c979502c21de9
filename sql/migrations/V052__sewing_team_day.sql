-- Purpose: daily team production records (issue 16), the shape of the published garment
--          productivity data set: per plant, day, department and team the targeted and actual
--          productivity, SMV, WIP, overtime, incentive, idle time and men, style changes and
--          workers (fractional for part-timers). Sewing teams are tied to their sewing line. One
--          row per plant, day, department and team, so importing a file again updates it.
-- Rollback: U052__sewing_team_day.sql
-- Estimated time: instant (new objects only).
create table sewing.team_day (
    tenant_id             uuid not null references core.tenant (id),
    id                    uuid not null,
    day                   date not null check (day >= date '2000-01-01'),
    department            text not null check (department in ('sewing', 'finishing')),
    team                  int not null check (team between 1 and 999),
    line_id               uuid,
    targeted_productivity numeric(5, 4) not null check (targeted_productivity > 0 and targeted_productivity <= 1),
    smv                   numeric(7, 2) not null check (smv > 0 and smv <= 600),
    wip                   int check (wip >= 0),
    overtime_minutes      int not null check (overtime_minutes between 0 and 1000000),
    incentive             numeric(12, 2) not null check (incentive >= 0),
    idle_minutes          numeric(8, 1) not null check (idle_minutes >= 0),
    idle_men              int not null check (idle_men >= 0),
    style_changes         int not null check (style_changes between 0 and 100),
    workers               numeric(6, 1) not null check (workers > 0 and workers <= 1000),
    actual_productivity   numeric(12, 9) not null check (actual_productivity >= 0 and actual_productivity <= 5),
    created_at            timestamptz not null default now(),
    created_by            text not null default session_user,
    updated_at            timestamptz not null default now(),
    updated_by            text not null default session_user,
    version               int not null default 1,
    primary key (tenant_id, id),
    constraint team_day_once unique (tenant_id, day, department, team),
    constraint team_day_sewing_line check ((department = 'sewing') = (line_id is not null)),
    foreign key (tenant_id, line_id) references sewing.line (tenant_id, id)
);
select core.enable_tenant_rls('sewing.team_day');
select core.attach_row_triggers('sewing.team_day');
select core.track_data_version('sewing.team_day', 'sewing');
grant select on sewing.team_day to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant insert, update on sewing.team_day to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
