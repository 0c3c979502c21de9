-- Purpose: undo V008__core_activity_hourly.sql.
-- Rollback of: V008__core_activity_hourly.sql
-- Estimated time: < 1 s.
-- destructive: drops the hourly activity rollup (recomputed from core.audit_log if re-applied).
-- core.activity_summary (sql/repeatable) reads the hourly rollup: migrating with the build you
-- roll back to puts back its own version of that function.
drop trigger if exists rollup_activity_hourly_ins on core.audit_log;
drop trigger if exists rollup_activity_hourly_upd on core.audit_log;
drop trigger if exists rollup_activity_hourly_del on core.audit_log;
delete from core.rollup_invalidation where job = 'activity_hourly';
delete from core.rollup_state where job = 'activity_hourly';
delete from core.rollup_job where name = 'activity_hourly';
drop function core.rollup_activity_hourly_recompute(uuid, timestamptz[]);
drop table core.activity_hourly;

create or replace function core.bucket_start(p_bucket text, p_ts timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select case p_bucket
        when 'day' then pg_catalog.date_trunc('day', p_ts, p_tz)
        when 'month' then pg_catalog.date_trunc('month', p_ts, p_tz)
        when 'shift' then ((pg_catalog.date_trunc('day', (p_ts at time zone p_tz) - interval '6 hours') + interval '6 hours'
                            + pg_catalog.floor(pg_catalog.date_part('hour', (p_ts at time zone p_tz) - interval '6 hours') / 8)
                              * interval '8 hours')
                           at time zone p_tz)
    end
$$;

create or replace function core.bucket_end(p_bucket text, p_start timestamptz, p_tz text) returns timestamptz
    language sql immutable parallel safe
as $$
    select ((p_start at time zone p_tz) + case p_bucket when 'day' then interval '1 day'
                                                    when 'month' then interval '1 month'
                                                    else interval '8 hours' end) at time zone p_tz
$$;

alter table core.rollup_job drop constraint rollup_job_bucket_check;
alter table core.rollup_job add constraint rollup_job_bucket_check check (bucket in ('shift', 'day', 'month'));
