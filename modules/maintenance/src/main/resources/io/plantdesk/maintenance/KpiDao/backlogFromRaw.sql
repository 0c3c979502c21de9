-- The same figures from every open work order (tests compare the count with it).
select count(*) as count, coalesce(sum(estimated_hours), 0) as hours,
       coalesce(sum(estimated_hours) filter (where status in ('approved', 'scheduled')), 0) as ready_hours,
       count(*) filter (where due_at < now()) as overdue,
       coalesce(round((avg(extract(epoch from now() - requested_at)) / 86400)::numeric, 1), 0) as average_age_days
  from maint.work_order
 where status not in ('completed', 'closed', 'cancelled')
