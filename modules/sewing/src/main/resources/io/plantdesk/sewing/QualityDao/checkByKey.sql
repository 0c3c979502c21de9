select id from sewing.qc_check where client_key = :key
