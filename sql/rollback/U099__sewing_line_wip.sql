-- Purpose: undo V099__sewing_line_wip.sql.
-- Rollback of: V099__sewing_line_wip.sql
-- Estimated time: < 1 s.
-- destructive: drops the per-line WIP count (recounted from the scans and loadings if re-applied).
create or replace function sewing.current_line_wip(p_from timestamptz, p_to timestamptz)
    returns table (line_id uuid, loaded_pieces bigint, output bigint, wip bigint)
    language sql stable security definer
    set search_path = pg_catalog, pg_temp
as $$
    with t as (select core.current_tenant() as id), flows as (
        select q.line_id, q.loaded_pieces as loaded, 0::bigint as output
          from sewing.line_shift_quality q, t where q.tenant_id = t.id and q.shift_start < p_from
        union all
        select s.line_id, 0, s.output from sewing.line_shift s, t where s.tenant_id = t.id and s.shift_start < p_from
        union all
        select f.line_id, f.loaded_pieces, 0 from t, sewing.line_quality(t.id, p_from, p_to) f
        union all
        select f.line_id, 0, f.output from t, sewing.shift_hour_figures(t.id, p_from, p_to) f
    )
    select line_id, sum(loaded)::bigint, sum(output)::bigint, (sum(loaded) - sum(output))::bigint
      from flows, t where t.id is not null
     group by line_id
$$;
drop trigger line_wip_ins on sewing.bundle_issue;
drop trigger line_wip_upd on sewing.bundle_issue;
drop trigger line_wip_del on sewing.bundle_issue;
drop trigger line_wip_ins on sewing.bundle_scan;
drop trigger line_wip_upd on sewing.bundle_scan;
drop trigger line_wip_del on sewing.bundle_scan;
drop function sewing.recount_line_wip(uuid);
drop function sewing.count_line_wip();
drop table sewing.line_wip;
