select id from sewing.run where id = :runId for update
