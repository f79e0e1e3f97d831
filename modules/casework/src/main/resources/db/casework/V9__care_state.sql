-- "Survivors cared for in a period, by where they stood at its end" (cared for; each police rung; assessed twice;
-- improved) was a join per survivor in care to their police engagement and recovery assessment: ~250 ms a period at
-- 100,000 survivors. Each survivor's care is kept instead as segments of time over which nothing counted changes,
-- restated by the application (CareState#restate) whenever an episode, engagement or assessment is recorded:
--   valid_from, valid_until  the segment: from a day on which care started, an engagement or an assessment, to the
--                            next such day (9999-12-31 while it is the latest); only from the first day in care
--   care_until               the latest end among the episodes started by valid_from (9999-12-31 while one is open)
--   ladder_rank              the ladder rank of the engagement current in the segment (V8), NULL before any
--   assessment_number, areas_improved   those of the assessment current in the segment (V7), NULL before any
-- Survivors cared for in [from, to] are then the segments with valid_from <= to < valid_until and
-- care_until >= from: one row per survivor, read from one index.
CREATE TABLE cw_care_state (
  survivor_id       BIGINT NOT NULL,
  valid_from        DATE   NOT NULL,
  programme_id      BIGINT NOT NULL,
  valid_until       DATE   NOT NULL,
  care_until        DATE   NOT NULL,
  ladder_rank       INT    NULL,
  assessment_number INT    NULL,
  areas_improved    INT    NULL,
  CONSTRAINT pk_cw_care_state PRIMARY KEY (survivor_id, valid_from),
  CONSTRAINT fk_cw_care_state_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);

-- Existing care is stated here once, as CareState#restate states it. CaseworkAndReportIT checks on MySQL that what
-- the application keeps equals what this statement states; scripts/bench/GenerateCasework.java runs it to state
-- its generated survivors.
INSERT INTO cw_care_state (survivor_id, valid_from, programme_id, valid_until, care_until, ladder_rank,
    assessment_number, areas_improved)
SELECT b.survivor_id, b.valid_from, b.programme_id, b.valid_until,
  (SELECT MAX(COALESCE(c.end_on, DATE '9999-12-31')) FROM cw_care_episode c
    WHERE c.survivor_id = b.survivor_id AND c.start_on <= b.valid_from) AS care_until,
  (SELECT e.ladder_rank FROM cw_police_engagement e WHERE e.survivor_id = b.survivor_id
    AND e.engaged_on <= b.valid_from AND (e.superseded_on IS NULL OR e.superseded_on > b.valid_from)) AS ladder_rank,
  (SELECT a.assessment_number FROM cw_recovery_assessment a WHERE a.survivor_id = b.survivor_id
    AND a.assessed_on <= b.valid_from AND (a.superseded_on IS NULL OR a.superseded_on > b.valid_from))
    AS assessment_number,
  (SELECT a.areas_improved FROM cw_recovery_assessment a WHERE a.survivor_id = b.survivor_id
    AND a.assessed_on <= b.valid_from AND (a.superseded_on IS NULL OR a.superseded_on > b.valid_from))
    AS areas_improved
FROM (SELECT d.survivor_id, d.programme_id, d.changed_on AS valid_from,
        COALESCE(LEAD(d.changed_on) OVER (PARTITION BY d.survivor_id ORDER BY d.changed_on), DATE '9999-12-31')
          AS valid_until
      FROM (SELECT survivor_id, programme_id, start_on AS changed_on FROM cw_care_episode
            UNION SELECT survivor_id, programme_id, engaged_on FROM cw_police_engagement
            UNION SELECT survivor_id, programme_id, assessed_on FROM cw_recovery_assessment) d
      WHERE d.changed_on >= (SELECT MIN(f.start_on) FROM cw_care_episode f WHERE f.survivor_id = d.survivor_id)) b;

-- The whole family for a period is one range of this index.
CREATE INDEX ix_cw_care_state_at ON cw_care_state (programme_id, valid_until, valid_from, care_until, ladder_rank,
  assessment_number, areas_improved);
