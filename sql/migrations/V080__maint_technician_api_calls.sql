-- Purpose: the technician's api actions (status change, labour, checklist result, sign-off) as one
--          server call each (issue 15): the idempotency key's lookup, the action and the key's
--          record ran as three or four statements from the client, each a round trip on a floor
--          PC's network; here they are one function call. The functions run as the caller
--          (SECURITY INVOKER), so row-level security, the grants and the workflow's triggers
--          decide exactly as before; a repeated key does nothing and says so.
-- Rollback: U080__maint_technician_api_calls.sql
-- Estimated time: instant (new functions only).

-- Looks the key up; true when it was used before by the same action (nothing to do again).
create function maint.api_key_used(p_key uuid, p_operation text) returns boolean
    language plpgsql stable
    set search_path = pg_catalog, pg_temp
as $$
declare
    prior text;
begin
    select r.operation into prior from maint.api_request r where r.id = p_key;
    if not found then
        return false;
    end if;
    if prior <> p_operation then
        raise exception 'this request key was already used for another action (%)', prior;
    end if;
    return true;
end
$$;

-- Returns true when the key was used before (the first call's change stands, nothing is done again).
create function maint.api_change_status(p_key uuid, p_work_order uuid, p_status text) returns boolean
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if maint.api_key_used(p_key, 'change_status') then
        return true;
    end if;
    -- The trigger work_order_transition refuses a step maint.status_transition does not list.
    update maint.work_order set status = p_status where id = p_work_order;
    if not found then
        raise exception 'the work order is not there any more';
    end if;
    insert into maint.api_request (tenant_id, id, operation, result)
    values (core.current_tenant(), p_key, 'change_status', jsonb_build_object('status', p_status));
    return false;
end
$$;

create function maint.api_log_labour(p_key uuid, p_id uuid, p_work_order uuid, p_person uuid, p_date date,
                                     p_hours numeric, p_note text) returns boolean
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if maint.api_key_used(p_key, 'log_labour') then
        return true;
    end if;
    insert into maint.labour (tenant_id, id, work_order_id, person_id, work_date, hours, note)
    values (core.current_tenant(), p_id, p_work_order, p_person, p_date, p_hours, p_note);
    insert into maint.api_request (tenant_id, id, operation, result)
    values (core.current_tenant(), p_key, 'log_labour', jsonb_build_object('labour', p_id));
    return false;
end
$$;

create function maint.api_checklist_result(p_key uuid, p_item uuid, p_passed boolean, p_value numeric,
                                           p_note text) returns boolean
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
declare
    v_outcome text;
begin
    if maint.api_key_used(p_key, 'checklist_result') then
        return true;
    end if;
    -- A signed checklist's items are frozen (trigger checklist_item_guard).
    update maint.checklist_item
       set passed = p_passed, value = p_value, note = p_note, answered_at = now(), answered_by = session_user
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

create function maint.api_checklist_signoff(p_key uuid, p_checklist uuid) returns boolean
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
    -- The trigger checklist_guard refuses an unanswered item and records the results' hash itself.
    update maint.checklist set signed_at = now(), signed_by = v_me where id = p_checklist and signed_at is null
    returning signed_at into v_signed;
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

revoke all on function maint.api_key_used(uuid, text), maint.api_change_status(uuid, uuid, text),
    maint.api_log_labour(uuid, uuid, uuid, uuid, date, numeric, text),
    maint.api_checklist_result(uuid, uuid, boolean, numeric, text),
    maint.api_checklist_signoff(uuid, uuid) from public;
grant execute on function maint.api_key_used(uuid, text), maint.api_change_status(uuid, uuid, text),
    maint.api_log_labour(uuid, uuid, uuid, uuid, date, numeric, text),
    maint.api_checklist_result(uuid, uuid, boolean, numeric, text),
    maint.api_checklist_signoff(uuid, uuid)
    to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
