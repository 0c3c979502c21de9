select content from maint.attachment where id = :id
