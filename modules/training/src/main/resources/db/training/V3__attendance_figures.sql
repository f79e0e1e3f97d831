-- The period figures read one table: each attendance keeps its professional's profession, country and
-- organisation and its session's course (as they were when they attended), and one covering index answers every
-- breakdown without touching the rows.
ALTER TABLE trn_attendance ADD COLUMN profession VARCHAR(40) NULL;
ALTER TABLE trn_attendance ADD COLUMN country VARCHAR(2) NULL;
ALTER TABLE trn_attendance ADD COLUMN organisation_key VARCHAR(200) NULL;
ALTER TABLE trn_attendance ADD COLUMN course_id BIGINT NULL;
UPDATE trn_attendance SET profession = (SELECT p.profession FROM trn_professional p WHERE p.id = trn_attendance.professional_id),
                          country = (SELECT p.country FROM trn_professional p WHERE p.id = trn_attendance.professional_id),
                          organisation_key = (SELECT p.organisation_key FROM trn_professional p
                                              WHERE p.id = trn_attendance.professional_id),
                          course_id = (SELECT s.course_id FROM trn_session s WHERE s.id = trn_attendance.session_id);
CREATE INDEX ix_trn_attendance_figures ON trn_attendance (programme_id, session_on, completed, profession, country,
                                                          course_id, professional_id, pre_knowledge, post_knowledge);
