select from_status, to_status from maint.status_transition
