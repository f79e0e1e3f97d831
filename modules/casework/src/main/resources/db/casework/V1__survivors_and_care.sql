-- Survivors and the events of their care. Identities are not here: they live encrypted in the platform's
-- identity vault. Every event row carries its survivor's programme so indicators count by programme without joins.

CREATE TABLE cw_reference_counter (
  programme_code VARCHAR(20) NOT NULL,
  intake_year    INT         NOT NULL,
  last_value     INT         NOT NULL,
  PRIMARY KEY (programme_code, intake_year)
);

CREATE TABLE cw_survivor (
  id               BIGINT      NOT NULL PRIMARY KEY,
  version          BIGINT      NOT NULL,
  programme_id     BIGINT      NOT NULL,
  reference        VARCHAR(40) NOT NULL,
  pseudonym        VARCHAR(80) NOT NULL,
  gender           VARCHAR(30) NOT NULL,
  birth_year       INT         NULL,
  nationality      CHAR(2)     NULL,
  intake_on        DATE        NOT NULL,
  status           VARCHAR(10) NOT NULL,
  last_contact_on  DATE        NULL,
  next_due_on      DATE        NULL,
  police_contacted BOOLEAN     NOT NULL,
  CONSTRAINT uq_cw_survivor_reference UNIQUE (reference),
  CONSTRAINT uq_cw_survivor_pseudonym UNIQUE (programme_id, pseudonym),
  CONSTRAINT fk_cw_survivor_programme FOREIGN KEY (programme_id) REFERENCES plt_programme (id)
);
CREATE INDEX ix_cw_survivor_caseload ON cw_survivor (programme_id, status, next_due_on);

CREATE TABLE cw_survivor_exploitation (
  survivor_id       BIGINT      NOT NULL,
  exploitation_type VARCHAR(40) NOT NULL,
  PRIMARY KEY (survivor_id, exploitation_type),
  CONSTRAINT fk_cw_exploitation_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);

CREATE TABLE cw_removal (
  id           BIGINT      NOT NULL PRIMARY KEY,
  version      BIGINT      NOT NULL,
  survivor_id  BIGINT      NOT NULL,
  programme_id BIGINT      NOT NULL,
  removed_on   DATE        NOT NULL,
  removed_by   VARCHAR(20) NOT NULL,
  CONSTRAINT fk_cw_removal_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_removal_count ON cw_removal (programme_id, removed_on);
CREATE INDEX ix_cw_removal_survivor ON cw_removal (survivor_id);

CREATE TABLE cw_care_episode (
  id           BIGINT NOT NULL PRIMARY KEY,
  version      BIGINT NOT NULL,
  survivor_id  BIGINT NOT NULL,
  programme_id BIGINT NOT NULL,
  start_on     DATE   NOT NULL,
  end_on       DATE   NULL,
  CONSTRAINT fk_cw_care_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_care_count ON cw_care_episode (programme_id, start_on, end_on, survivor_id);
CREATE INDEX ix_cw_care_survivor ON cw_care_episode (survivor_id);

CREATE TABLE cw_follow_up (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  survivor_id  BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  contact_on   DATE          NOT NULL,
  contact_mode VARCHAR(20)   NOT NULL,
  note         VARCHAR(2000) NULL,
  CONSTRAINT fk_cw_follow_up_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_follow_up_count ON cw_follow_up (programme_id, contact_on, contact_mode);
CREATE INDEX ix_cw_follow_up_survivor ON cw_follow_up (survivor_id);

CREATE TABLE cw_repatriation (
  id           BIGINT  NOT NULL PRIMARY KEY,
  version      BIGINT  NOT NULL,
  survivor_id  BIGINT  NOT NULL,
  programme_id BIGINT  NOT NULL,
  from_country CHAR(2) NOT NULL,
  to_country   CHAR(2) NOT NULL,
  arrival_on   DATE    NOT NULL,
  CONSTRAINT fk_cw_repatriation_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_repatriation_count ON cw_repatriation (programme_id, arrival_on, survivor_id);
CREATE INDEX ix_cw_repatriation_survivor ON cw_repatriation (survivor_id);

CREATE TABLE cw_police_engagement (
  id           BIGINT      NOT NULL PRIMARY KEY,
  version      BIGINT      NOT NULL,
  survivor_id  BIGINT      NOT NULL,
  programme_id BIGINT      NOT NULL,
  engaged_on   DATE        NOT NULL,
  level_code   VARCHAR(30) NOT NULL,
  level_rank   INT         NOT NULL,
  CONSTRAINT fk_cw_police_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_police_survivor ON cw_police_engagement (survivor_id);

CREATE TABLE cw_recovery_assessment (
  id           BIGINT NOT NULL PRIMARY KEY,
  version      BIGINT NOT NULL,
  survivor_id  BIGINT NOT NULL,
  programme_id BIGINT NOT NULL,
  assessed_on  DATE   NOT NULL,
  CONSTRAINT fk_cw_assessment_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_assessment_survivor ON cw_recovery_assessment (survivor_id, assessed_on);

CREATE TABLE cw_recovery_score (
  assessment_id BIGINT      NOT NULL,
  area          VARCHAR(30) NOT NULL,
  score         INT         NOT NULL,
  PRIMARY KEY (assessment_id, area),
  CONSTRAINT fk_cw_score_assessment FOREIGN KEY (assessment_id) REFERENCES cw_recovery_assessment (id)
);
