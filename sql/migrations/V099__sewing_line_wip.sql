-- Purpose: WIP counted, not summed over the history (issue 16: the floor refresh must not grow
--          with the years stored). current_line_wip added up every stored shift's loading and
--          output on each refresh. sewing.line_wip keeps per line the pieces ever loaded and the
--          output ever sewn (pieces scanned at the style's last operation), kept by statement-level
--          triggers with transition tables on bundle_issue and bundle_scan in the writing
--          transaction (one upsert per statement, in key order, deltas added under the row lock, so
--          concurrent writers never lose a count). WIP at a moment is the count less what was
--          loaded or sewn from that moment on (normally nothing: an index probe).
-- Rollback: U099__sewing_line_wip.sql
-- Estimated time: about 2 s per million scans (the first count).

create table sewing.line_wip (
    tenant_id     uuid not null references core.tenant (id),
    line_id       uuid not null,
    -- No CHECK (>= 0): PostgreSQL checks the row an upsert proposes (a negative delta) before it
    -- finds the conflict that turns it into an update.
    loaded_pieces bigint not null,
    output        bigint not null,
    primary key (tenant_id, line_id)
);
select core.enable_tenant_rls('sewing.line_wip');
grant select on sewing.line_wip to plantdesk_admin, plantdesk_planner, plantdesk_supervisor, plantdesk_technician,
    plantdesk_operator;
grant select, insert, update, delete on sewing.line_wip to plantdesk_security;

-- The statement trigger on both tables: new rows' shares in, old rows' out, summed per plant and
-- line and added in key order (every writer takes the rows in that order, so no deadlock). A
-- scan's share of output is its pieces when its operation is its style's last (as line_figures).
create function sewing.count_line_wip() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    share text;
    source text;
begin
    if tg_table_name = 'bundle_issue' then
        share := 'select r.tenant_id, r.line_id, %s * r.pieces::bigint as loaded, 0::bigint as output from %s r';
    else
        share := 'select r.tenant_id, r.line_id, 0::bigint as loaded, %s * r.pieces::bigint as output from %s r '
                 'join sewing.operation o on o.tenant_id = r.tenant_id and o.id = r.operation_id '
                 'where o.seq = (select max(o2.seq) from sewing.operation o2 '
                 'where o2.tenant_id = o.tenant_id and o2.style_id = o.style_id)';
    end if;
    source := case tg_op
        when 'INSERT' then format(share, 1, 'new_rows')
        when 'DELETE' then format(share, -1, 'old_rows')
        else format(share, 1, 'new_rows') || ' union all ' || format(share, -1, 'old_rows') end;
    execute 'insert into sewing.line_wip as w (tenant_id, line_id, loaded_pieces, output) '
            'select tenant_id, line_id, sum(loaded), sum(output) from (' || source || ') d '
            'group by tenant_id, line_id having sum(loaded) <> 0 or sum(output) <> 0 order by tenant_id, line_id '
            'on conflict (tenant_id, line_id) do update set loaded_pieces = w.loaded_pieces + excluded.loaded_pieces, '
            'output = w.output + excluded.output';
    return null;
end
$$;
alter function sewing.count_line_wip() owner to plantdesk_security;
revoke all on function sewing.count_line_wip() from public;

create trigger line_wip_ins after insert on sewing.bundle_issue referencing new table as new_rows
    for each statement execute function sewing.count_line_wip();
create trigger line_wip_upd after update on sewing.bundle_issue referencing old table as old_rows new table as new_rows
    for each statement execute function sewing.count_line_wip();
create trigger line_wip_del after delete on sewing.bundle_issue referencing old table as old_rows
    for each statement execute function sewing.count_line_wip();
create trigger line_wip_ins after insert on sewing.bundle_scan referencing new table as new_rows
    for each statement execute function sewing.count_line_wip();
create trigger line_wip_upd after update on sewing.bundle_scan referencing old table as old_rows new table as new_rows
    for each statement execute function sewing.count_line_wip();
create trigger line_wip_del after delete on sewing.bundle_scan referencing old table as old_rows
    for each statement execute function sewing.count_line_wip();

-- A plant's count from scratch: this migration's first count, and loads that bypass the triggers
-- (the bench's generator). Not for people: no grant.
create function sewing.recount_line_wip(p_tenant uuid) returns void
    language sql security definer
    set search_path = pg_catalog, pg_temp
as $$
    delete from sewing.line_wip where tenant_id = p_tenant;
    insert into sewing.line_wip (tenant_id, line_id, loaded_pieces, output)
    select p_tenant, f.line_id, sum(f.loaded), sum(f.output)
      from (select i.line_id, i.pieces::bigint as loaded, 0::bigint as output
              from sewing.bundle_issue i where i.tenant_id = p_tenant
            union all
            select s.line_id, 0, s.pieces
              from sewing.bundle_scan s
              join sewing.operation o on o.tenant_id = s.tenant_id and o.id = s.operation_id
             where s.tenant_id = p_tenant
               and o.seq = (select max(o2.seq) from sewing.operation o2
                             where o2.tenant_id = o.tenant_id and o2.style_id = o.style_id)) f
     group by f.line_id;
$$;
alter function sewing.recount_line_wip(uuid) owner to plantdesk_security;
revoke all on function sewing.recount_line_wip(uuid) from public;

select sewing.recount_line_wip(id) from core.tenant;

-- WIP per line at p_to: the count less what was loaded or sewn from p_to on (the floor asks at the
-- shift's end, so normally nothing is later: two index probes). p_from is kept for the callers.
create or replace function sewing.current_line_wip(p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, loaded_pieces bigint, output bigint, wip bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with t as (select core.current_tenant() as id), flows as (
        select w.line_id, w.loaded_pieces as loaded, w.output
          from sewing.line_wip w, t where w.tenant_id = t.id
        union all
        select i.line_id, -i.pieces::bigint, 0::bigint
          from sewing.bundle_issue i, t where i.tenant_id = t.id and i.issued_at >= p_to
        union all
        select s.line_id, 0, -s.pieces::bigint
          from sewing.bundle_scan s, t
         where s.tenant_id = t.id and s.scanned_at >= p_to
           and exists (select 1 from sewing.operation o
                        where o.tenant_id = s.tenant_id and o.id = s.operation_id
                          and o.seq = (select max(o2.seq) from sewing.operation o2
                                        where o2.tenant_id = o.tenant_id and o2.style_id = o.style_id))
    )
    select line_id, sum(loaded)::bigint, sum(output)::bigint, (sum(loaded) - sum(output))::bigint
      from flows, t where t.id is not null
     group by line_id
$$;
