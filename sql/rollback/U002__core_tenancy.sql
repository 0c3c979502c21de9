-- Purpose: undo V002__core_tenancy.sql.
-- Rollback of: V002__core_tenancy.sql
-- Estimated time: < 1 s.
-- destructive: drops the core schema with every tenant and person in it.
drop schema core cascade;
