-- Importing a file again updates its days instead of doubling them.
insert into sewing.team_day (tenant_id, id, day, department, team, line_id, targeted_productivity, smv, wip,
                             overtime_minutes, incentive, idle_minutes, idle_men, style_changes, workers,
                             actual_productivity)
values (core.current_tenant(), :id, :r.day, :r.department, :r.team, :lineId, :r.targetedProductivity, :r.smv, :r.wip,
        :r.overtimeMinutes, :r.incentive, :r.idleMinutes, :r.idleMen, :r.styleChanges, :r.workers, :r.actualProductivity)
on conflict (tenant_id, day, department, team) do update
   set line_id = excluded.line_id, targeted_productivity = excluded.targeted_productivity, smv = excluded.smv,
       wip = excluded.wip, overtime_minutes = excluded.overtime_minutes, incentive = excluded.incentive,
       idle_minutes = excluded.idle_minutes, idle_men = excluded.idle_men, style_changes = excluded.style_changes,
       workers = excluded.workers, actual_productivity = excluded.actual_productivity
returning (xmax = 0) as inserted
