-- "Survivors with two or more assessments" and "whose latest assessment beats their first" are asked as of a
-- period's last day. Instead of finding each survivor's first and latest assessment at report time (two ordered
-- look-ups and a score comparison per survivor), every assessment carries where it stands in its survivor's
-- history, restated by the application whenever an assessment is recorded:
--   assessment_number  1 for the survivor's first assessment (by day, then id), 2 for the second, ...
--   superseded_on      the day of the next assessment, NULL while it is the latest
--   areas_improved     how many key areas score higher than in the survivor's first assessment
-- (a number, not a flag: it says more, and booleans compare badly in H2 subqueries)
-- so "latest as of D" is assessed_on <= D AND (superseded_on IS NULL OR superseded_on > D).
ALTER TABLE cw_recovery_assessment ADD COLUMN assessment_number INT DEFAULT 1 NOT NULL;
ALTER TABLE cw_recovery_assessment ADD COLUMN superseded_on DATE NULL;
ALTER TABLE cw_recovery_assessment ADD COLUMN areas_improved INT DEFAULT 0 NOT NULL;

-- Existing assessments are restated here once. The derived tables (h, f) let MySQL read the table it updates.
UPDATE cw_recovery_assessment SET assessment_number = (SELECT COUNT(*) FROM
    (SELECT id, survivor_id, assessed_on FROM cw_recovery_assessment) h
  WHERE h.survivor_id = cw_recovery_assessment.survivor_id AND (h.assessed_on < cw_recovery_assessment.assessed_on
    OR (h.assessed_on = cw_recovery_assessment.assessed_on AND h.id <= cw_recovery_assessment.id)));
UPDATE cw_recovery_assessment SET superseded_on = (SELECT MIN(h.assessed_on) FROM
    (SELECT id, survivor_id, assessed_on FROM cw_recovery_assessment) h
  WHERE h.survivor_id = cw_recovery_assessment.survivor_id AND (h.assessed_on > cw_recovery_assessment.assessed_on
    OR (h.assessed_on = cw_recovery_assessment.assessed_on AND h.id > cw_recovery_assessment.id)));
UPDATE cw_recovery_assessment SET areas_improved = (SELECT COUNT(*) FROM cw_recovery_score ls
    JOIN cw_recovery_score fs ON fs.area = ls.area
    JOIN (SELECT id, survivor_id, assessment_number FROM cw_recovery_assessment) f ON f.id = fs.assessment_id
  WHERE ls.assessment_id = cw_recovery_assessment.id AND f.survivor_id = cw_recovery_assessment.survivor_id
    AND f.assessment_number = 1 AND ls.score > fs.score);

-- Both questions become one index look-up per survivor in care.
CREATE INDEX ix_cw_assessment_history ON cw_recovery_assessment (survivor_id, assessment_number, assessed_on,
  superseded_on, areas_improved);
