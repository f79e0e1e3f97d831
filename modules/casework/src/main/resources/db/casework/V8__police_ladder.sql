-- "Survivors cared for by the highest police engagement reached by the period's end", as for recovery in V7: each
-- engagement carries the survivor's highest rank so far and the day the next engagement superseded it, restated by
-- the application whenever an engagement is recorded, so the question is a comparison on one engagement per
-- survivor instead of an aggregate over all of them:
--   ladder_rank    the highest level_rank of the survivor's engagements up to this one (by day, then id)
--   superseded_on  the day of the next engagement, NULL while it is the latest
ALTER TABLE cw_police_engagement ADD COLUMN ladder_rank INT DEFAULT 0 NOT NULL;
ALTER TABLE cw_police_engagement ADD COLUMN superseded_on DATE NULL;

-- Existing engagements are restated here once. The derived tables (h) let MySQL read the table it updates.
UPDATE cw_police_engagement SET ladder_rank = (SELECT MAX(h.level_rank) FROM
    (SELECT id, survivor_id, engaged_on, level_rank FROM cw_police_engagement) h
  WHERE h.survivor_id = cw_police_engagement.survivor_id AND (h.engaged_on < cw_police_engagement.engaged_on
    OR (h.engaged_on = cw_police_engagement.engaged_on AND h.id <= cw_police_engagement.id)));
UPDATE cw_police_engagement SET superseded_on = (SELECT MIN(h.engaged_on) FROM
    (SELECT id, survivor_id, engaged_on FROM cw_police_engagement) h
  WHERE h.survivor_id = cw_police_engagement.survivor_id AND (h.engaged_on > cw_police_engagement.engaged_on
    OR (h.engaged_on = cw_police_engagement.engaged_on AND h.id > cw_police_engagement.id)));

-- One index look-up per survivor in care.
CREATE INDEX ix_cw_police_current ON cw_police_engagement (survivor_id, engaged_on, superseded_on, ladder_rank);
