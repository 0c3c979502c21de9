-- Never the content column: a work order with a dozen photos opens without reading their bytes.
select id, work_order_id, file_name, media_type, size_bytes, thumbnail, created_by as by_login, created_at as at
  from maint.attachment
 where work_order_id = :workOrderId
 order by created_at, id
