-- Court figures at 100,000 cases and 1,000,000 hearings: every count the backlog and "my cases" ask for is
-- answered from an index alone, instead of reading each matching row of the table.

-- "My cases": the list without a status filter reads in next-hearing order, and so does a stage's list (whose
-- pending cases are also counted from this index).
CREATE INDEX ix_crt_case_next ON crt_case (programme_id, next_hearing_at);
CREATE INDEX ix_crt_case_stage ON crt_case (programme_id, status, stage, next_hearing_at);

-- The pending caseload by age band, court and district (and its median age).
CREATE INDEX ix_crt_case_pending_filed ON crt_case (programme_id, status, filed_on);
CREATE INDEX ix_crt_case_court ON crt_case (programme_id, status, court_id);
CREATE INDEX ix_crt_case_district ON crt_case (programme_id, status, district);

-- Hearings of a period by outcome and adjournment reason, in one pass over one index.
CREATE INDEX ix_crt_hearing_outcomes ON crt_hearing (programme_id, scheduled_at, outcome, adjournment_reason);

-- Convictions among disposed cases: whether a case has a convicted accused, from the index.
CREATE INDEX ix_crt_accused_case_verdict ON crt_accused (case_id, verdict);

-- The statutory time limit runs from the day the trial began; kept on the case instead of searching its stages.
ALTER TABLE crt_case ADD COLUMN trial_started_on DATE NULL;
UPDATE crt_case SET trial_started_on = (SELECT MIN(s.changed_on) FROM crt_stage_change s WHERE s.case_id = crt_case.id
  AND s.stage IN ('CHARGE_FRAMING', 'PROSECUTION_WITNESSES', 'DEFENCE', 'ARGUMENTS', 'JUDGMENT', 'TRIAL', 'SENTENCING'));
CREATE INDEX ix_crt_case_trial ON crt_case (programme_id, status, trial_started_on);
