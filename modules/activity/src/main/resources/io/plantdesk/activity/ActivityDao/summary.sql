-- Stored days merged with live ones; the query itself is core.activity_summary in
-- sql/repeatable/R__core_activity_summary.sql, a function so that it is planned once per session.
select * from core.activity_summary(:from, :to)
