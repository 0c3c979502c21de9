-- Purpose: undo V016__core_schema_compat.sql.
-- Rollback of: V016__core_schema_compat.sql
-- Estimated time: instant.
-- destructive: drops the compatibility record; clients then require the exact schema they were built for.
drop function core.require_clients_from(text);
drop function core.oldest_client();
drop table core.schema_compat;
