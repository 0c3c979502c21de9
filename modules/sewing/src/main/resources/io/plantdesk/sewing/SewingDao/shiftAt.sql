select shift_name as name, starts_at, ends_at from core.current_shift_at(:at)
