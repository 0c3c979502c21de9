-- The overview's opening and refresh read in one statement (V108): the plant's totals row, then the first page.
select id, plate, make, model, status, odometer_unit, last_kind, last_at, month_cost, to_review, next_title, next_state,
       next_due_on, next_due_odometer, vehicles, zone
  from fleet.overview_screen(null, :limit)
