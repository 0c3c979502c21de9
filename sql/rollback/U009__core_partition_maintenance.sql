-- Purpose: undo V009__core_partition_maintenance.sql.
-- Rollback of: V009__core_partition_maintenance.sql
-- Estimated time: instant.
-- destructive: drops the maintenance function; partitions it created stay (they may hold rows).
drop function core.maintain_partitions();
