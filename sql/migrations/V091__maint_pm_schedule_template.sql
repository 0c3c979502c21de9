-- Purpose: a PM schedule may name a work-order template (issue 14): the work orders it generates
--          get the template's checklist (when the schedule has none of its own) and its parts as
--          planned parts, with the schedule's own parts (maint.pm_schedule_part, its quantity
--          first) planned too.
-- Rollback: U091__maint_pm_schedule_template.sql
-- Estimated time: instant (a nullable column; the generator replaced).

alter table maint.pm_schedule add column work_order_template_id uuid;
alter table maint.pm_schedule add constraint pm_schedule_template
    foreign key (tenant_id, work_order_template_id) references maint.work_order_template (tenant_id, id);

grant select on maint.work_order_template, maint.work_order_template_part, maint.pm_schedule_part to plantdesk_security;

-- The generator as V025 made it, and the template's checklist and parts copied on.
create or replace function maint.generate_pm_for(p_tenant uuid, p_max int)
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
    v_tpl_checklist uuid;
    v_checklist uuid;
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
            -- The schedule's own checklist, else the one of the work-order template it names.
            select t.checklist_template_id into v_tpl_checklist from maint.work_order_template t
             where t.tenant_id = p_tenant and t.id = s.work_order_template_id and t.deleted_at is null;
            v_checklist := coalesce(s.checklist_template_id, v_tpl_checklist);
            if v_checklist is not null then
                cl := maint.uuid_v7();
                insert into maint.checklist (tenant_id, id, work_order_id, template_id, name)
                select p_tenant, cl, wo, t.id, t.name from maint.checklist_template t
                 where t.tenant_id = p_tenant and t.id = v_checklist;
                insert into maint.checklist_item (tenant_id, id, checklist_id, position, prompt, kind, unit, low_limit, high_limit)
                select p_tenant, maint.uuid_v7(), cl, i.position, i.prompt, i.kind, i.unit, i.low_limit, i.high_limit
                  from maint.checklist_template_item i
                 where i.tenant_id = p_tenant and i.template_id = v_checklist;
            end if;
            -- Planned parts: the schedule's own (its quantity wins), then the template's.
            insert into maint.work_order_part (tenant_id, id, work_order_id, part_id, quantity)
            select p_tenant, maint.uuid_v7(), wo, x.part_id, x.quantity
              from (select sp.part_id, sp.quantity, 1 as rank from maint.pm_schedule_part sp
                     where sp.tenant_id = p_tenant and sp.schedule_id = s.id
                    union all
                    select tp.part_id, tp.quantity, 2 from maint.work_order_template_part tp
                      join maint.work_order_template t on t.tenant_id = tp.tenant_id and t.id = tp.template_id
                     where tp.tenant_id = p_tenant and tp.template_id = s.work_order_template_id
                       and t.deleted_at is null) x
             order by x.rank, x.part_id
                on conflict (tenant_id, work_order_id, part_id) do nothing;
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
