-- Days from filing to disposition, kept when a case is disposed, so the backlog's median and 90th percentile are
-- read from an index by position instead of computing dates for every case.
ALTER TABLE crt_case ADD COLUMN disposition_days INT NULL;
CREATE INDEX ix_crt_case_disposed ON crt_case (programme_id, disposed_on, disposition_days);
CREATE INDEX ix_crt_stage_trial ON crt_stage_change (stage, changed_on);
