-- Schedule compliance (work orders) over whole schedule weeks [from, to): of the work orders
-- scheduled to start in a week, those completed before that week ended (plant's weeks, Monday
-- first). Cancelled work is out of the schedule; work still open counts as missed.
select count(*) as scheduled,
       count(*) filter (where w.completed_at is not null
                          and w.completed_at < (date_trunc('week', w.scheduled_start at time zone :zone) + interval '7 days')
                                               at time zone :zone) as on_time
  from maint.work_order w
 where w.scheduled_start >= :from and w.scheduled_start < :to and w.status <> 'cancelled'
