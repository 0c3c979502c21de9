insert into sewing.qc_defect (tenant_id, id, check_id, defect_code_id, defects)
values (core.current_tenant(), :id, :checkId, :codeId, :defects)
