-- The organisations' breakdown of the period figures, answered from an index too (it read the rows: 2.3 s at a
-- million attendances).
CREATE INDEX ix_trn_attendance_organisations ON trn_attendance (programme_id, session_on, organisation_key, completed,
                                                                professional_id, pre_knowledge, post_knowledge);
