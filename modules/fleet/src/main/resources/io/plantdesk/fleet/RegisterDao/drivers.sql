-- The plant's people who can be handed a vehicle: everyone active, and the current driver even if
-- no longer active (so an edit shows who it is instead of an empty choice).
select id, display_name as name
  from core.person
 where active or id = :current
 order by lower(display_name), id
