-- Purpose: a stop keeps the number of the work order its breakdown opened (issue 16): the floor
--          read it by joining maint.work_order, and a feature reads another only through its api
--          (DESIGN.md section 2). Maintenance's api returns the number when it opens the work
--          order; the stop stores it with the work order's id. Existing stops are filled in here.
-- Rollback: U132__sewing_downtime_keeps_work_order_number.sql
-- Estimated time: < 1 s (one update of the stops that opened a work order).
alter table sewing.downtime add column work_order_number int;
alter table sewing.downtime add constraint downtime_number_with_work_order
    check (work_order_number is null or work_order_id is not null);

update sewing.downtime d
   set work_order_number = w.number
  from maint.work_order w
 where w.tenant_id = d.tenant_id and w.id = d.work_order_id and d.work_order_number is null;

grant update (work_order_number) on sewing.downtime to plantdesk_admin, plantdesk_planner,
    plantdesk_supervisor, plantdesk_technician, plantdesk_operator;
