-- The open backlog from its count per due day (maint.backlog_count, kept by triggers): a few
-- hundred rows at most; overdue adds today's open work already past due, through the open
-- backlog's due index. The mean age: now less the mean request moment.
select coalesce(sum(c.open_count), 0)::bigint as count, coalesce(sum(c.hours), 0) as hours,
       coalesce(sum(c.ready_hours), 0) as ready_hours,
       (coalesce(sum(c.open_count) filter (where c.due_day < (now() at time zone 'UTC')::date), 0)
           + (select count(*) from maint.work_order w
               where w.due_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC' and w.due_at < now()
                 and w.status not in ('completed', 'closed', 'cancelled')))::bigint as overdue,
       coalesce(round((sum(c.open_count) * extract(epoch from now()) - sum(c.requested_sum))
                      / nullif(sum(c.open_count), 0) / 86400, 1), 0) as average_age_days
  from maint.backlog_count c
