-- Purpose: undo V086__fleet_cost_by_category.sql.
-- Rollback of: V086__fleet_cost_by_category.sql
-- Estimated time: instant.
-- destructive: drops the plant's cost by category (recomputed from the events if re-applied).
create or replace function fleet.cost_months(p_from timestamptz, p_to timestamptz, p_vehicle uuid, p_garage uuid)
    returns table (month_start timestamptz, kind text, cost numeric, events int)
    language plpgsql stable security definer
    set search_path = pg_catalog, pg_temp
as $fn$
#variable_conflict use_column
declare
    l record;
begin
    l := fleet.live_months(p_from, p_to);
    if l.tz is null then
        return;
    end if;
    return query
    select x.month_start, x.kind, sum(x.cost), sum(x.events)::int
      from (select c.month_start, c.vehicle_id, c.kind, c.cost, c.events from fleet.cost_month c
             where c.tenant_id = l.tenant and c.month_start >= p_from and c.month_start < p_to
               and not (c.month_start = any (l.live))
            union all
            select r.* from fleet.cost_month_rows(l.tenant, l.live, l.tz) r) x
      join fleet.vehicle v on v.tenant_id = l.tenant and v.id = x.vehicle_id
     where (p_vehicle is null or v.id = p_vehicle) and (p_garage is null or v.garage_id = p_garage)
     group by 1, 2;
end
$fn$;

create or replace function fleet.daily_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    written bigint;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    delete from fleet.cost_day where tenant_id = p_tenant and day_start = any (p_buckets);
    insert into fleet.cost_day (tenant_id, day_start, vehicle_id, cost, events, last_at, last_kind)
    select p_tenant, r.* from fleet.cost_day_rows(p_tenant, p_buckets, tz) r;
    get diagnostics written = row_count;
    -- The running month-to-date of every day from the first picked day's month to the last one's.
    update fleet.cost_day c set month_to_date = x.mtd
      from (select d.vehicle_id, d.day_start,
                   sum(d.cost) over (partition by d.vehicle_id, core.bucket_start('month', d.day_start, tz)
                                     order by d.day_start) as mtd
              from fleet.cost_day d
             where d.tenant_id = p_tenant
               and d.day_start >= (select core.bucket_start('month', min(b), tz) from unnest(p_buckets) b)
               and d.day_start < (select core.bucket_end('month', core.bucket_start('month', max(b), tz), tz)
                                    from unnest(p_buckets) b)) x
     where c.tenant_id = p_tenant and c.vehicle_id = x.vehicle_id and c.day_start = x.day_start
       and c.month_to_date is distinct from x.mtd;
    return query select (select coalesce(sum(events), 0) from fleet.cost_day
                          where tenant_id = p_tenant and day_start = any (p_buckets))::bigint, written;
end
$$;

create or replace function fleet.monthly_recompute(p_tenant uuid, p_buckets timestamptz[])
    returns table (rows_read bigint, rows_written bigint)
    language plpgsql security definer
    set search_path = pg_catalog, pg_temp
as $$
declare
    tz text;
    costs bigint;
    usage bigint;
begin
    select time_zone into tz from core.tenant where id = p_tenant;
    delete from fleet.cost_month where tenant_id = p_tenant and month_start = any (p_buckets);
    delete from fleet.usage_month where tenant_id = p_tenant and month_start = any (p_buckets);
    insert into fleet.cost_month select p_tenant, r.* from fleet.cost_month_rows(p_tenant, p_buckets, tz) r;
    get diagnostics costs = row_count;
    insert into fleet.usage_month select p_tenant, r.* from fleet.usage_month_rows(p_tenant, p_buckets, tz) r;
    get diagnostics usage = row_count;
    return query select (select coalesce(sum(events), 0) from fleet.cost_month
                          where tenant_id = p_tenant and month_start = any (p_buckets))::bigint, costs + usage;
end
$$;

drop function fleet.cost_month_rows(uuid, timestamptz[], text, uuid[]);
drop function fleet.cost_kind_day_rows(uuid, timestamptz[], text);
drop index fleet.cost_month_vehicle;
drop table fleet.cost_kind_day;
drop table fleet.cost_kind_month;
