-- Each changed column of each update as its own row; a list (tags) joined with ", ", a JSON null as null.
select c.at, c.actor, k.key as column_name,
       case when jsonb_typeof(c.old_values -> k.key) = 'array'
            then (select string_agg(x, ', ') from jsonb_array_elements_text(c.old_values -> k.key) x)
            else c.old_values ->> k.key end as before,
       case when jsonb_typeof(c.new_values -> k.key) = 'array'
            then (select string_agg(x, ', ') from jsonb_array_elements_text(c.new_values -> k.key) x)
            else c.new_values ->> k.key end as after
  from maint.work_order_changes(:workOrderId) c
 cross join lateral jsonb_object_keys(c.new_values) k(key)
 order by c.at, k.key
