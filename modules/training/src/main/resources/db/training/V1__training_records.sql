-- Training records: courses, sessions, one record per frontline professional, and who attended which session with
-- their assessment scores. Attendance keeps its session's programme and date so the period figures (distinct
-- professionals who completed a session dated in P) are one indexed aggregate.
CREATE TABLE trn_course (
  id               BIGINT        NOT NULL PRIMARY KEY,
  version          BIGINT        NOT NULL,
  title            VARCHAR(200)  NOT NULL,
  title_key        VARCHAR(200)  NOT NULL,
  topic            VARCHAR(200)  NULL,
  objectives       VARCHAR(2000) NULL,
  audience         VARCHAR(200)  NULL,
  duration_minutes INT           NULL,
  assessment       VARCHAR(200)  NULL,
  score_min        INT           NOT NULL,
  score_max        INT           NOT NULL,
  valid_months     INT           NULL,
  CONSTRAINT uq_trn_course_title UNIQUE (title_key)
);

CREATE TABLE trn_session (
  id                   BIGINT       NOT NULL PRIMARY KEY,
  version              BIGINT       NOT NULL,
  course_id            BIGINT       NOT NULL,
  programme_id         BIGINT       NOT NULL,
  starts_on            DATE         NOT NULL,
  ends_on              DATE         NOT NULL,
  location             VARCHAR(200) NULL,
  online               BOOLEAN      NOT NULL,
  trainers             VARCHAR(300) NULL,
  partner_organisation VARCHAR(200) NULL,
  audience             VARCHAR(200) NULL,
  CONSTRAINT fk_trn_session_course FOREIGN KEY (course_id) REFERENCES trn_course (id)
);
CREATE INDEX ix_trn_session_programme ON trn_session (programme_id, starts_on);

-- A professional is found again by e-mail (unique when given) or by name and organisation, both normalised.
CREATE TABLE trn_professional (
  id               BIGINT       NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  name             VARCHAR(200) NOT NULL,
  name_key         VARCHAR(200) NOT NULL,
  organisation     VARCHAR(200) NOT NULL,
  organisation_key VARCHAR(200) NOT NULL,
  profession       VARCHAR(40)  NOT NULL,
  rank_title       VARCHAR(100) NULL,
  country          VARCHAR(2)   NULL,
  email            VARCHAR(254) NULL,
  email_key        VARCHAR(254) NULL,
  phone            VARCHAR(20)  NULL,
  merged_into      BIGINT       NULL,
  CONSTRAINT uq_trn_professional_email UNIQUE (email_key)
);
CREATE INDEX ix_trn_professional_name ON trn_professional (name_key, organisation_key);
CREATE INDEX ix_trn_professional_org ON trn_professional (organisation_key);

CREATE TABLE trn_attendance (
  id              BIGINT  NOT NULL PRIMARY KEY,
  version         BIGINT  NOT NULL,
  session_id      BIGINT  NOT NULL,
  professional_id BIGINT  NOT NULL,
  programme_id    BIGINT  NOT NULL,
  session_on      DATE    NOT NULL,
  completed       BOOLEAN NOT NULL,
  pre_knowledge   INT     NULL,
  post_knowledge  INT     NULL,
  pre_attitude    INT     NULL,
  post_attitude   INT     NULL,
  pre_behaviour   INT     NULL,
  post_behaviour  INT     NULL,
  CONSTRAINT uq_trn_attendance UNIQUE (session_id, professional_id),
  CONSTRAINT fk_trn_attendance_session FOREIGN KEY (session_id) REFERENCES trn_session (id),
  CONSTRAINT fk_trn_attendance_professional FOREIGN KEY (professional_id) REFERENCES trn_professional (id)
);
CREATE INDEX ix_trn_attendance_period ON trn_attendance (programme_id, session_on, completed, professional_id);
CREATE INDEX ix_trn_attendance_professional ON trn_attendance (professional_id);
