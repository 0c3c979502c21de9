-- Taken after lockRun, so two cutters numbering bundles of one run at once do not take one ticket.
select coalesce(max(ticket), 0) + 1 from sewing.bundle where run_id = :runId
