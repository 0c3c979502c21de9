-- The whole dashboard in one statement (V107): tagged rows, put together by KpiService.screen.
select part, day_start, asset_id, code, name, n1, n2, n3, n4, h1, h2, h3
  from maint.kpi_dashboard(:from, :to, :limit, :weeksFrom, :weeksTo, :monday)
