-- An asset's work orders, newest request first, a page at a time (index work_order_asset).
select w.id, w.number, w.title, w.type, w.status, w.requested_at, w.completed_at, w.failure_code
  from maint.work_order w
 where w.asset_id = :asset
 order by w.requested_at desc, w.number desc
 offset :offset limit :limit
