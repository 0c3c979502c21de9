-- Purpose: the planner calendar's capacity (issue 14): how many hours a technician can work on a
--          day, either from the plant shift they work (its length less its breaks, on its days) or
--          as hours per day on chosen weekdays. One row per technician; a technician without a row
--          has no capacity set, and the calendar says so instead of guessing a figure.
-- Rollback: U033__maint_technician_capacity.sql
-- Estimated time: instant (new objects only).

create table maint.technician_capacity (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    person_id     uuid not null,
    shift_id      uuid,
    hours_per_day numeric(4, 2) check (hours_per_day > 0 and hours_per_day <= 24),
    -- ISO weekdays (1 = Monday) for hours_per_day; a shift brings its own days.
    work_days     smallint[] not null default '{1,2,3,4,5}'
                  check (cardinality(work_days) between 1 and 7 and work_days <@ '{1,2,3,4,5,6,7}'::smallint[]),
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id, person_id),
    foreign key (tenant_id, person_id) references core.person (tenant_id, id),
    foreign key (tenant_id, shift_id) references core.shift_pattern (tenant_id, id),
    constraint technician_capacity_source check ((shift_id is null) <> (hours_per_day is null))
);
select core.enable_tenant_rls('maint.technician_capacity');
select core.attach_row_triggers('maint.technician_capacity');
select core.track_data_version('maint.technician_capacity', 'maintenance');

-- Hours a capacity row gives on one local date: the shift's length less its breaks on the shift's
-- days (from its valid_from, while not deleted), or hours_per_day on the chosen weekdays.
create function maint.capacity_hours(p_shift_id uuid, p_tenant uuid, p_hours numeric, p_days smallint[], p_day date)
    returns numeric
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select case
        when p_shift_id is null then
            case when extract(isodow from p_day)::smallint = any (p_days) then p_hours else 0 end
        else coalesce((
            select round((extract(epoch from core.shift_length(s.starts, s.ends)) / 3600
                          - coalesce((select sum((b ->> 'minutes')::int) from jsonb_array_elements(s.breaks) b), 0) / 60.0)::numeric, 2)
              from core.shift_pattern s
             where s.tenant_id = p_tenant and s.id = p_shift_id and s.deleted_at is null
               and s.valid_from <= p_day and extract(isodow from p_day)::smallint = any (s.days)), 0)
    end
$$;

grant select on maint.technician_capacity to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;
grant insert, update, delete on maint.technician_capacity to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;
grant execute on function maint.capacity_hours(uuid, uuid, numeric, smallint[], date) to plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
