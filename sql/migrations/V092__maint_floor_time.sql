-- Purpose: floor actions keep the time they were recorded on the floor (issue 15). An action kept
--          in a PC's outbox while the server was away used to be stamped with the time of its
--          replay. core.floor_time() is the one rule for the time a client sends: missing means
--          now() (older clients), later than the server's now() is taken as now() (a PC clock
--          ahead cannot write the future), earlier than the step it follows is taken as that
--          step's time (a PC clock behind cannot reorder history; clamped, not refused: the
--          action did happen, only the clock was wrong, and a refusal would leave the person
--          nothing to fix). The technician's api calls get an overload with the client's time;
--          the status history's trigger takes the time a call set for its own transaction
--          (still bounded by the rule), so a direct update without it stays at now().
-- Rollback: U092__maint_floor_time.sql
-- Estimated time: instant (functions only).

create function core.floor_time(p_at timestamptz, p_after timestamptz) returns timestamptz
    language sql stable
    set search_path = pg_catalog, pg_temp
as $$
    select greatest(least(coalesce(p_at, now()), now()), coalesce(p_after, '-infinity'::timestamptz))
$$;
comment on function core.floor_time(timestamptz, timestamptz) is
    'The time a floor action is stored at: the client''s p_at (now() when null), never after now(), never before p_after.';
revoke all on function core.floor_time(timestamptz, timestamptz) from public;
grant execute on function core.floor_time(timestamptz, timestamptz) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;

-- The history row of a status change: the time the api call set for this transaction (bounded
-- again here: never before the order's previous step), now() otherwise.
create or replace function maint.work_order_history() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        insert into maint.work_order_status (tenant_id, work_order_id, from_status, to_status)
        values (new.tenant_id, new.id, null, new.status);
    elsif new.status <> old.status then
        insert into maint.work_order_status (tenant_id, work_order_id, from_status, to_status, at)
        values (new.tenant_id, new.id, old.status, new.status,
                core.floor_time(nullif(current_setting('plantdesk.floor_at', true), '')::timestamptz,
                                (select max(s.at) from maint.work_order_status s
                                  where s.tenant_id = new.tenant_id and s.work_order_id = new.id)));
    end if;
    return null;
end
$$;

create function maint.api_change_status(p_key uuid, p_work_order uuid, p_status text, p_at timestamptz)
    returns boolean
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    v_at timestamptz;
    v_rows int;
begin
    if maint.api_key_used(p_key, 'change_status') then
        return true;
    end if;
    select core.floor_time(p_at, greatest(max(s.at), max(w.created_at))) into v_at
      from maint.work_order w left join maint.work_order_status s
        on s.tenant_id = w.tenant_id and s.work_order_id = w.id
     where w.id = p_work_order;
    perform set_config('plantdesk.floor_at', v_at::text, true);
    -- The trigger work_order_transition refuses a step maint.status_transition does not list; a
    -- completion or closing done on the floor keeps the floor's time too.
    update maint.work_order
       set status = p_status,
           completed_at = case when p_status = 'completed' and status <> 'completed' then v_at else completed_at end,
           closed_at = case when p_status = 'closed' and status <> 'closed' then v_at else closed_at end
     where id = p_work_order;
    get diagnostics v_rows = row_count;
    perform set_config('plantdesk.floor_at', '', true);
    if v_rows = 0 then
        raise exception 'the work order is not there any more';
    end if;
    insert into maint.api_request (tenant_id, id, operation, result)
    values (core.current_tenant(), p_key, 'change_status', jsonb_build_object('status', p_status));
    return false;
end
$$;

create function maint.api_checklist_result(p_key uuid, p_item uuid, p_passed boolean, p_value numeric,
                                           p_note text, p_at timestamptz) returns boolean
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    v_outcome text;
begin
    if maint.api_key_used(p_key, 'checklist_result') then
        return true;
    end if;
    -- A signed checklist's items are frozen (trigger checklist_item_guard). An answer follows the item.
    update maint.checklist_item
       set passed = p_passed, value = p_value, note = p_note,
           answered_at = core.floor_time(p_at, created_at), answered_by = session_user
     where id = p_item
    returning outcome into v_outcome;
    if not found then
        raise exception 'the checklist item is not there any more';
    end if;
    insert into maint.api_request (tenant_id, id, operation, result)
    values (core.current_tenant(), p_key, 'checklist_result', jsonb_build_object('outcome', v_outcome));
    return false;
end
$$;

create function maint.api_checklist_signoff(p_key uuid, p_checklist uuid, p_at timestamptz) returns boolean
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    v_me uuid := maint.current_person();
    v_signed timestamptz;
begin
    if maint.api_key_used(p_key, 'checklist_signoff') then
        return true;
    end if;
    if v_me is null then
        raise exception 'this login is not a person of the plant';
    end if;
    -- The trigger checklist_guard refuses an unanswered item and records the results' hash
    -- itself. A sign-off follows the checklist and its last answer.
    update maint.checklist c
       set signed_at = core.floor_time(p_at, greatest(c.created_at,
               (select max(i.answered_at) from maint.checklist_item i
                 where i.tenant_id = c.tenant_id and i.checklist_id = c.id))),
           signed_by = v_me
     where c.id = p_checklist and c.signed_at is null
    returning c.signed_at into v_signed;
    if not found then
        if exists (select 1 from maint.checklist where id = p_checklist) then
            raise exception 'the checklist was already signed off';
        end if;
        raise exception 'the checklist is not there any more';
    end if;
    insert into maint.api_request (tenant_id, id, operation, result)
    values (core.current_tenant(), p_key, 'checklist_signoff', jsonb_build_object('signed', v_signed));
    return false;
end
$$;

revoke all on function maint.api_change_status(uuid, uuid, text, timestamptz),
    maint.api_checklist_result(uuid, uuid, boolean, numeric, text, timestamptz),
    maint.api_checklist_signoff(uuid, uuid, timestamptz) from public;
grant execute on function maint.api_change_status(uuid, uuid, text, timestamptz),
    maint.api_checklist_result(uuid, uuid, boolean, numeric, text, timestamptz),
    maint.api_checklist_signoff(uuid, uuid, timestamptz)
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
