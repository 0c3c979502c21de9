select operator_id from sewing.bundle_scan where bundle_id = :bundleId and operation_id = :operationId
