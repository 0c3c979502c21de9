-- The plant's generator: 'busy' when another client holds its state row (NOWAIT), see V025.
select status, created from maint.generate_pm(:max)
