-- Purpose: work orders (issue 14): a per-plant number, type, priority, asset, requester and
--          assignees, due and scheduled times, hours, downtime, failure code/cause/remedy, tags and
--          a full-text search vector; the status workflow as a table of allowed transitions that a
--          trigger enforces, the status history it writes, and the search function that applies
--          the plant first and then the GIN index (DESIGN.md section 5: @@ is not leakproof).
-- Rollback: U023__maint_work_orders.sql
-- Estimated time: instant (new objects only).

-- The workflow. A work order is created requested, approved or scheduled; closed and cancelled
-- are final. Reference data, the same in every plant.
create table maint.status_transition (
    from_status text not null,
    to_status   text not null,
    primary key (from_status, to_status)
);
insert into maint.status_transition values
    ('requested', 'approved'), ('requested', 'cancelled'),
    ('approved', 'scheduled'), ('approved', 'in_progress'), ('approved', 'cancelled'),
    ('scheduled', 'approved'), ('scheduled', 'in_progress'), ('scheduled', 'on_hold'), ('scheduled', 'cancelled'),
    ('in_progress', 'on_hold'), ('in_progress', 'completed'),
    ('on_hold', 'in_progress'), ('on_hold', 'scheduled'), ('on_hold', 'cancelled'),
    ('completed', 'closed'), ('completed', 'in_progress');
grant select on maint.status_transition to plantdesk_admin, plantdesk_planner, plantdesk_supervisor,
    plantdesk_technician, plantdesk_operator;

-- Per-plant numbers without gaps: the plant's row is locked by the insert that takes a number
-- until that transaction ends.
create table maint.work_order_counter (
    tenant_id  uuid not null references core.tenant (id),
    id         uuid not null,
    last       int not null check (last >= 0),
    created_at timestamptz not null default now(),
    created_by text not null default session_user,
    updated_at timestamptz not null default now(),
    updated_by text not null default session_user,
    version    int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id)
);
select core.enable_tenant_rls('maint.work_order_counter');
-- No row triggers (sql/README rule 5's exception): the counter is bookkeeping, not business data;
-- every bump would add an audit row to each work order's insert, which is audited itself.

-- Tags joined for the search vector (array_to_string is only stable).
create function maint.tags_text(p_tags text[]) returns text
    language sql immutable parallel safe
as $$
    select coalesce(string_agg(t, ' '), '') from unnest(p_tags) t
$$;

create table maint.work_order (
    tenant_id          uuid not null references core.tenant (id),
    id                 uuid not null,
    number             int not null check (number > 0),
    title              text not null check (length(trim(title)) between 1 and 200),
    description        text not null default '' check (length(description) <= 20000),
    type               text not null check (type in ('corrective', 'preventive', 'inspection', 'emergency')),
    -- 1 urgent, 2 high, 3 normal, 4 low: sorts by urgency.
    priority           smallint not null default 3 check (priority between 1 and 4),
    status             text not null default 'requested'
                       check (status in ('requested', 'approved', 'scheduled', 'in_progress', 'on_hold',
                                         'completed', 'closed', 'cancelled')),
    asset_id           uuid,
    requested_by       uuid,
    requested_at       timestamptz not null default now(),
    due_at             timestamptz,
    scheduled_start    timestamptz,
    scheduled_end      timestamptz,
    estimated_hours    numeric(7, 2) check (estimated_hours >= 0),
    actual_hours       numeric(7, 2) check (actual_hours >= 0),
    downtime_start     timestamptz,
    downtime_end       timestamptz,
    failure_code       text check (failure_code ~ '^[A-Z0-9][A-Z0-9_-]{0,19}$'),
    failure_cause      text check (length(failure_cause) <= 2000),
    failure_remedy     text check (length(failure_remedy) <= 2000),
    tags               text[] not null default '{}'
                       check (cardinality(tags) <= 20 and array_position(tags, null) is null),
    completed_at       timestamptz,
    closed_at          timestamptz,
    -- Set on work orders a PM schedule generated (its cycle: one work order per schedule and
    -- cycle, and the moment it fell due) or a failed checklist item raised.
    pm_schedule_id     uuid,
    pm_cycle           int check (pm_cycle > 0),
    pm_due_at          timestamptz,
    raised_from_item   uuid,
    search             tsvector generated always as (
                           setweight(to_tsvector('simple', title), 'A')
                           || setweight(to_tsvector('simple', coalesce(failure_code, '') || ' '
                                        || coalesce(failure_cause, '') || ' ' || coalesce(failure_remedy, '')), 'B')
                           || setweight(to_tsvector('simple', maint.tags_text(tags)), 'B')
                           || setweight(to_tsvector('simple', description), 'C')) stored,
    created_at         timestamptz not null default now(),
    created_by         text not null default session_user,
    updated_at         timestamptz not null default now(),
    updated_by         text not null default session_user,
    version            int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id, number),
    foreign key (tenant_id, asset_id) references maint.asset (tenant_id, id),
    foreign key (tenant_id, requested_by) references core.person (tenant_id, id),
    constraint work_order_schedule_order check (scheduled_end > scheduled_start),
    constraint work_order_schedule_pair check ((scheduled_start is null) = (scheduled_end is null)),
    constraint work_order_downtime_order check (downtime_end >= downtime_start),
    constraint work_order_downtime_start check (downtime_end is null or downtime_start is not null),
    constraint work_order_completed check ((status in ('completed', 'closed')) = (completed_at is not null)),
    constraint work_order_closed check ((status = 'closed') = (closed_at is not null)),
    constraint work_order_scheduled_has_times check (status <> 'scheduled' or scheduled_start is not null),
    constraint work_order_pm check ((pm_schedule_id is null) = (pm_cycle is null) and (pm_cycle is null) = (pm_due_at is null)),
    constraint work_order_tags check (maint.tags_text(tags) ~ '^([a-z0-9][a-z0-9_-]{0,29}( |$))*$')
);
create index work_order_open_due on maint.work_order (tenant_id, due_at, number)
    where status not in ('completed', 'closed', 'cancelled');
create index work_order_open_priority on maint.work_order (tenant_id, priority, number)
    where status not in ('completed', 'closed', 'cancelled');
create index work_order_open_scheduled on maint.work_order (tenant_id, scheduled_start, number)
    where status not in ('completed', 'closed', 'cancelled');
create index work_order_status_number on maint.work_order (tenant_id, status, number);
create index work_order_requested on maint.work_order (tenant_id, requested_at, number);
create index work_order_updated on maint.work_order (tenant_id, updated_at, number);
create index work_order_title on maint.work_order (tenant_id, lower(title), number);
create index work_order_asset on maint.work_order (tenant_id, asset_id, requested_at);
create index work_order_search on maint.work_order using gin (search);
create unique index work_order_pm_cycle on maint.work_order (tenant_id, pm_schedule_id, pm_cycle)
    where pm_schedule_id is not null;
create unique index work_order_raised_from on maint.work_order (tenant_id, raised_from_item)
    where raised_from_item is not null;
select core.enable_tenant_rls('maint.work_order');
select core.attach_row_triggers('maint.work_order');
select core.track_data_version('maint.work_order', 'maintenance');

create function maint.work_order_number() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    insert into maint.work_order_counter as c (tenant_id, id, last) values (new.tenant_id, new.tenant_id, 1)
    on conflict (tenant_id) do update set last = c.last + 1
    returning last into new.number;
    return new;
end
$$;
create trigger work_order_number before insert on maint.work_order
    for each row execute function maint.work_order_number();

-- The workflow in the database: a status change that the transition table does not list is
-- refused, whoever makes it; completion and closing stamp their time (a given one is kept, so
-- work done yesterday can be recorded as such) and reopening clears it.
create function maint.work_order_transition() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' then
        if new.status not in ('requested', 'approved', 'scheduled') then
            raise exception 'a new work order starts as requested, approved or scheduled, not %', new.status
                using errcode = '23514', constraint = 'work_order_transition';
        end if;
        return new;
    end if;
    if new.status = old.status then
        return new;
    end if;
    if not exists (select 1 from maint.status_transition where from_status = old.status and to_status = new.status) then
        raise exception 'work order % cannot go from % to %', old.number, old.status, new.status
            using errcode = '23514', constraint = 'work_order_transition';
    end if;
    if new.status = 'completed' then
        new.completed_at := coalesce(new.completed_at, now());
    elsif new.status = 'closed' then
        new.closed_at := coalesce(new.closed_at, now());
    elsif new.status = 'in_progress' and old.status = 'completed' then
        new.completed_at := null;
    end if;
    return new;
end
$$;
create trigger work_order_transition before insert or update of status on maint.work_order
    for each row execute function maint.work_order_transition();

create table maint.work_order_status (
    tenant_id     uuid not null references core.tenant (id),
    id            bigint generated always as identity,
    work_order_id uuid not null,
    from_status   text,
    to_status     text not null,
    at            timestamptz not null default now(),
    by_login      text not null default session_user,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id)
);
create index work_order_status_of on maint.work_order_status (tenant_id, work_order_id, at);
select core.enable_tenant_rls('maint.work_order_status');
-- No row triggers (sql/README rule 5's exception): this table is itself the status history,
-- append-only and written by a trigger; auditing it would record every transition twice.
-- Its stamp columns keep their defaults (who and when the row was written).

create function maint.work_order_history() returns trigger
    language plpgsql
    set search_path = pg_catalog, pg_temp
as $$
begin
    if tg_op = 'INSERT' or new.status <> old.status then
        insert into maint.work_order_status (tenant_id, work_order_id, from_status, to_status)
        values (new.tenant_id, new.id, case when tg_op = 'UPDATE' then old.status end, new.status);
    end if;
    return null;
end
$$;
create trigger work_order_history after insert or update of status on maint.work_order
    for each row execute function maint.work_order_history();

create table maint.work_order_assignee (
    tenant_id     uuid not null references core.tenant (id),
    id            uuid not null,
    work_order_id uuid not null,
    person_id     uuid not null,
    created_at    timestamptz not null default now(),
    created_by    text not null default session_user,
    updated_at    timestamptz not null default now(),
    updated_by    text not null default session_user,
    version       int not null default 1,
    primary key (tenant_id, id),
    unique (tenant_id, work_order_id, person_id),
    foreign key (tenant_id, work_order_id) references maint.work_order (tenant_id, id),
    foreign key (tenant_id, person_id) references core.person (tenant_id, id)
);
create index work_order_assignee_person on maint.work_order_assignee (tenant_id, person_id);
select core.enable_tenant_rls('maint.work_order_assignee');
select core.attach_row_triggers('maint.work_order_assignee');

grant select on maint.work_order, maint.work_order_status, maint.work_order_assignee to plantdesk_admin,
    plantdesk_planner, plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
-- Anyone may raise a request (an operator reports a breakdown); the maintenance team works it.
grant insert on maint.work_order, maint.work_order_status to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant select, insert, update on maint.work_order_counter to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
grant update on maint.work_order to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician;
grant insert, delete on maint.work_order_assignee to plantdesk_admin, plantdesk_planner, plantdesk_supervisor;

-- Full-text search of the caller's plant. A SECURITY DEFINER function owned by the BYPASSRLS
-- NOLOGIN role: under the policy the planner could not use the GIN index for @@ (not leakproof)
-- and would read the plant's whole table; here the plant's predicate is written in the query
-- and the index is used. websearch_to_tsquery accepts any string (quotes, "or", -word) without
-- an error; a number also finds the work order of that number. At most p_limit rows, best first.
create function maint.search_work_orders(p_query text, p_limit int)
    returns table (id uuid, rank real)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    -- The number is cast only inside a CASE: a plan made for the given text folds constants, and
    -- an AND would not keep it from casting "needle" to int.
    with me as (select core.current_tenant() as t),
         q as (select websearch_to_tsquery('simple', left(coalesce(p_query, ''), 200)) as tsq,
                      case when trim(p_query) ~ '^[0-9]{1,9}$' then trim(p_query)::int end as num)
    select w.id, ts_rank(w.search, q.tsq) + case when w.number = q.num then 10 else 0 end
      from maint.work_order w, me, q
     where w.tenant_id = me.t
       and (w.search @@ q.tsq or w.number = q.num)
     order by 2 desc, w.number desc
     limit least(greatest(p_limit, 1), 10000)
$$;
alter function maint.search_work_orders(text, int) owner to plantdesk_security;
revoke all on function maint.search_work_orders(text, int) from public;
grant select on maint.work_order to plantdesk_security;
grant execute on function maint.search_work_orders(text, int) to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
