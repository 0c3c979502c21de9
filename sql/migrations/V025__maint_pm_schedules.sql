-- Purpose: preventive-maintenance schedules (issue 14): by calendar interval, by meter interval, or
--          whichever comes first, each generating its work orders ahead of time (lead days, or a
--          meter lead). Generation is coordinated like the rollups: the plant's generator state row
--          locked NOWAIT (under RLS; people cannot lock it), so many clients never create a work
--          order twice; the unique (schedule, cycle) of maint.work_order is the last line of defence.
-- Rollback: U025__maint_pm_schedules.sql
-- Estimated time: instant (new objects only).

create table maint.pm_schedule (
    tenant_id             uuid not null references core.tenant (id),
    id                    uuid not null,
    asset_id              uuid not null,
    title                 text not null check (length(trim(title)) between 1 and 200),
    description           text not null default '' check (length(description) <= 20000),
    type                  text not null default 'preventive' check (type in ('preventive', 'inspection')),
    priority              smallint not null default 3 check (priority between 1 and 4),
    checklist_template_id uuid,
    estimated_hours       numeric(7, 2) check (estimated_hours >= 0),
    -- Calendar: every interval_days, the next one due at next_due_at (a fixed grid: a late job
    -- does not move the next one; a due missed entirely is skipped, not piled up).
    interval_days         int check (interval_days between 1 and 3660),
    next_due_at           timestamptz,
    lead_days             int not null default 7 check (lead_days between 0 and 365),
    -- Meter: every meter_interval units of the meter, next at next_due_meter, generated once the
    -- meter is within meter_lead of it.
    meter_id              uuid,
    meter_interval        numeric(14, 2) check (meter_interval > 0),
    next_due_meter        numeric(14, 2) check (next_due_meter >= 0),
    meter_lead            numeric(14, 2) not null default 0 check (meter_lead >= 0),
    -- Work orders generated so far; the next one is cycle + 1.
    cycle                 int not null default 0 check (cycle >= 0),
    active                boolean not null default true,
    deleted_at            timestamptz,
    created_at            timestamptz not null default now(),
    created_by            text not null default session_user,
    updated_at            timestamptz not null default now(),
    updated_by            text not null default session_user,
    version               int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, asset_id) references maint.asset (tenant_id, id),
    foreign key (tenant_id, meter_id) references maint.meter (tenant_id, id),
    foreign key (tenant_id, checklist_template_id) references maint.checklist_template (tenant_id, id),
    constraint pm_schedule_trigger check (interval_days is not null or meter_interval is not null),
    constraint pm_schedule_calendar check ((interval_days is null) = (next_due_at is null)),
    constraint pm_schedule_meter check ((meter_interval is null) = (meter_id is null)
                                        and (meter_id is null) = (next_due_meter is null)),
    constraint pm_schedule_meter_lead check (meter_lead < meter_interval)
);
create index pm_schedule_due on maint.pm_schedule (tenant_id, next_due_at) where active and deleted_at is null;
create index pm_schedule_asset on maint.pm_schedule (tenant_id, asset_id);
select core.enable_tenant_rls('maint.pm_schedule');
select core.attach_row_triggers('maint.pm_schedule');

alter table maint.work_order add constraint work_order_pm_schedule
    foreign key (tenant_id, pm_schedule_id) references maint.pm_schedule (tenant_id, id);

-- A UUIDv7 (RFC 9562) made in the database, for the rows generation creates (PostgreSQL 18 has
-- uuidv7(), 15 does not): the time in milliseconds over a random UUID with the version set to 7.
create function maint.uuid_v7() returns uuid
    language sql volatile
    set search_path = pg_catalog, pg_temp
as $$
    select encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
               placing substring(int8send((extract(epoch from clock_timestamp()) * 1000)::bigint) from 3)
               from 1 for 6), 52, 1), 53, 1), 'hex')::uuid
$$;

-- The plant's generator state: the row a run locks NOWAIT, and what the last run did.
create table maint.pm_generator_state (
    tenant_id   uuid not null references core.tenant (id),
    id          uuid not null,
    last_run_at timestamptz,
    last_created int not null default 0,
    runs        bigint not null default 0,
    created_at  timestamptz not null default now(),
    created_by  text not null default session_user,
    updated_at  timestamptz not null default now(),
    updated_by  text not null default session_user,
    version     int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id)
);
select core.enable_tenant_rls('maint.pm_generator_state');
select core.attach_row_triggers('maint.pm_generator_state');

-- One generation run for a plant: 'busy' when another client holds the plant's state row, else
-- the work orders that fell due (at most p_max), each with its schedule's checklist copied on.
-- Owned by plantdesk_security (people cannot update schedules' state or lock the state row), so
-- every query names the plant itself.
create function maint.generate_pm_for(p_tenant uuid, p_max int)
    returns table (status text, created int)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    s record;
    total numeric;
    cal_due boolean;
    met_due boolean;
    due timestamptz;
    wo uuid;
    cl uuid;
    made int := 0;
    step interval;
begin
    -- Only the plant's first run inserts: an INSERT ... ON CONFLICT on the row another run has
    -- updated (uncommitted) would wait for that run instead of finding it busy below.
    if not exists (select 1 from maint.pm_generator_state where tenant_id = p_tenant) then
        insert into maint.pm_generator_state (tenant_id, id) values (p_tenant, p_tenant) on conflict do nothing;
    end if;
    begin
        perform 1 from maint.pm_generator_state where tenant_id = p_tenant for update nowait;
    exception when lock_not_available then
        return query select 'busy'::text, 0;
        return;
    end;
    for s in
        select p.* from maint.pm_schedule p
          left join maint.meter m on m.tenant_id = p.tenant_id and m.id = p.meter_id
         where p.tenant_id = p_tenant and p.active and p.deleted_at is null
           and (p.next_due_at - make_interval(days => p.lead_days) <= now()
                or m.total >= p.next_due_meter - p.meter_lead)
         order by p.next_due_at nulls last, p.id
    loop
        exit when made >= greatest(p_max, 1);
        select m.total into total from maint.meter m where m.tenant_id = p_tenant and m.id = s.meter_id;
        step := make_interval(days => coalesce(s.interval_days, 0));
        loop
            exit when made >= greatest(p_max, 1);
            cal_due := s.next_due_at is not null and s.next_due_at - make_interval(days => s.lead_days) <= now();
            met_due := s.next_due_meter is not null and total >= s.next_due_meter - s.meter_lead;
            exit when not (cal_due or met_due);
            -- Due: the calendar's date, or for the meter now (reached) or within the lead days.
            due := least(case when cal_due then s.next_due_at end,
                         case when met_due then case when total >= s.next_due_meter then now()
                                                     else now() + make_interval(days => s.lead_days) end end);
            s.cycle := s.cycle + 1;
            wo := maint.uuid_v7();
            insert into maint.work_order (tenant_id, id, number, title, description, type, priority, status, asset_id,
                                          due_at, estimated_hours, pm_schedule_id, pm_cycle, pm_due_at)
            values (p_tenant, wo, 0, s.title, s.description, s.type, s.priority, 'approved', s.asset_id,
                    due, s.estimated_hours, s.id, s.cycle, due);
            if s.checklist_template_id is not null then
                cl := maint.uuid_v7();
                insert into maint.checklist (tenant_id, id, work_order_id, template_id, name)
                select p_tenant, cl, wo, t.id, t.name from maint.checklist_template t
                 where t.tenant_id = p_tenant and t.id = s.checklist_template_id;
                insert into maint.checklist_item (tenant_id, id, checklist_id, position, prompt, kind, unit, low_limit, high_limit)
                select p_tenant, maint.uuid_v7(), cl, i.position, i.prompt, i.kind, i.unit, i.low_limit, i.high_limit
                  from maint.checklist_template_item i
                 where i.tenant_id = p_tenant and i.template_id = s.checklist_template_id;
            end if;
            made := made + 1;
            -- Whichever comes first restarts the other: the calendar from this due, the meter
            -- from its reading now.
            if s.interval_days is not null then
                s.next_due_at := due + step;
                if s.next_due_at < now() then -- missed dues are skipped, not piled up
                    s.next_due_at := s.next_due_at
                        + step * ceil(extract(epoch from now() - s.next_due_at) / extract(epoch from step));
                end if;
            end if;
            if s.meter_interval is not null then
                s.next_due_meter := case when met_due then greatest(s.next_due_meter, total) else total end + s.meter_interval;
            end if;
        end loop;
        update maint.pm_schedule set cycle = s.cycle, next_due_at = s.next_due_at, next_due_meter = s.next_due_meter
         where tenant_id = p_tenant and id = s.id;
    end loop;
    update maint.pm_generator_state set last_run_at = now(), last_created = made, runs = runs + 1
     where tenant_id = p_tenant;
    return query select case when made = 0 then 'idle' else 'done' end, made;
end
$$;
alter function maint.generate_pm_for(uuid, int) owner to plantdesk_security;
revoke all on function maint.generate_pm_for(uuid, int) from public;

-- What every client calls on its timer: the caller's own plant only.
create function maint.generate_pm(p_max int)
    returns table (status text, created int)
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    select * from maint.generate_pm_for(core.current_tenant(), p_max) where core.current_tenant() is not null
$$;
alter function maint.generate_pm(int) owner to plantdesk_security;
revoke all on function maint.generate_pm(int) from public;
grant execute on function maint.generate_pm(int) to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;

grant select, update (cycle, next_due_at, next_due_meter) on maint.pm_schedule to plantdesk_security;
grant select, insert, update on maint.pm_generator_state to plantdesk_security;
grant select on maint.meter, maint.checklist_template, maint.checklist_template_item to plantdesk_security;
grant insert on maint.work_order, maint.work_order_status, maint.checklist, maint.checklist_item to plantdesk_security;
grant select on maint.checklist to plantdesk_security;
grant select, insert, update on maint.work_order_counter to plantdesk_security;
grant select on maint.pm_schedule, maint.pm_generator_state to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant insert, update on maint.pm_schedule to plantdesk_admin, plantdesk_planner;
