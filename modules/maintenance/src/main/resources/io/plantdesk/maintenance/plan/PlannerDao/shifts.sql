select id, name from core.shift_pattern where deleted_at is null order by starts, name
