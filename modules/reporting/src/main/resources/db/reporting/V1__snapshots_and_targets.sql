-- A published report: the figures as they were published, never changed; later changes to the records show as
-- differences against them.
CREATE TABLE rep_snapshot (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  version             BIGINT       NOT NULL,
  title               VARCHAR(200) NOT NULL,
  period_from         DATE         NOT NULL,
  period_to           DATE         NOT NULL,
  compare_from        DATE         NOT NULL,
  compare_to          DATE         NOT NULL,
  audience            VARCHAR(10)  NOT NULL,
  definitions_version VARCHAR(64)  NOT NULL,
  published_by        VARCHAR(100) NOT NULL,
  published_at        TIMESTAMP    NOT NULL,
  figures             LONGTEXT     NOT NULL
);
CREATE INDEX ix_rep_snapshot_period ON rep_snapshot (period_from, period_to);

-- What an indicator should reach in a period, for the direct column or one programme (programme_code empty).
CREATE TABLE rep_target (
  id             BIGINT      NOT NULL PRIMARY KEY,
  version        BIGINT      NOT NULL,
  indicator_code VARCHAR(80) NOT NULL,
  period_from    DATE        NOT NULL,
  period_to      DATE        NOT NULL,
  programme_code VARCHAR(10) NOT NULL,
  target_value   BIGINT      NOT NULL,
  CONSTRAINT uq_rep_target UNIQUE (indicator_code, period_from, period_to, programme_code)
);
