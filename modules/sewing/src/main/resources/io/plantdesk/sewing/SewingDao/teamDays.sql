select day, department, team, targeted_productivity, smv, wip, overtime_minutes, incentive, idle_minutes, idle_men,
       style_changes, workers, actual_productivity
  from sewing.team_day
 where day between :from and :to
 order by day, department, team
