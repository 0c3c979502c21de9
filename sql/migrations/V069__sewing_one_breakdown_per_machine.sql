-- Purpose: a machine is broken down once at a time (issue 16). Two stations reporting the same
--          machine's breakdown at the same moment with their own keys could each open a stop and a
--          corrective work order; the stop was unique per line, reason and machine only, and the
--          work order was opened before the stop was written. Now at most one running breakdown
--          per machine, whatever the line: the second report finds the first.
-- Rollback: U069__sewing_one_breakdown_per_machine.sql
-- Estimated time: instant (an index on the running stops only).
create unique index downtime_one_breakdown_per_machine on sewing.downtime (tenant_id, machine_id)
    where ended_at is null and reason = 'machine_breakdown';
