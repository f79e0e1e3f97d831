-- The rest of the HTCDS v2.0 intake (recruitment, methods of control, languages); the dates retention needs
-- (closed, anonymised) and a manual legal hold; peer mentoring and vocational support; retention per programme.
ALTER TABLE cw_survivor ADD COLUMN recruitment_method VARCHAR(40) NULL;
ALTER TABLE cw_survivor ADD COLUMN closed_on DATE NULL;
ALTER TABLE cw_survivor ADD COLUMN anonymised_on DATE NULL;
ALTER TABLE cw_survivor ADD COLUMN legal_hold_reason VARCHAR(400) NULL;
CREATE INDEX ix_cw_survivor_retention ON cw_survivor (programme_id, status, closed_on);

CREATE TABLE cw_survivor_control (
  survivor_id    BIGINT      NOT NULL,
  control_method VARCHAR(40) NOT NULL,
  PRIMARY KEY (survivor_id, control_method),
  CONSTRAINT fk_cw_control_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);

CREATE TABLE cw_survivor_language (
  survivor_id BIGINT     NOT NULL,
  language    VARCHAR(3) NOT NULL,
  PRIMARY KEY (survivor_id, language),
  CONSTRAINT fk_cw_language_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);

CREATE TABLE cw_mentoring (
  id           BIGINT NOT NULL PRIMARY KEY,
  version      BIGINT NOT NULL,
  survivor_id  BIGINT NOT NULL,
  programme_id BIGINT NOT NULL,
  mentor_id    BIGINT NOT NULL,
  started_on   DATE   NOT NULL,
  ended_on     DATE   NULL,
  CONSTRAINT fk_cw_mentoring_mentee FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id),
  CONSTRAINT fk_cw_mentoring_mentor FOREIGN KEY (mentor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_mentoring_survivor ON cw_mentoring (survivor_id);
CREATE INDEX ix_cw_mentoring_mentor ON cw_mentoring (mentor_id);

CREATE TABLE cw_vocational_support (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  survivor_id  BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  supported_on DATE          NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  provider     VARCHAR(200)  NULL,
  note         VARCHAR(2000) NULL,
  CONSTRAINT fk_cw_vocational_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_vocational_survivor ON cw_vocational_support (survivor_id);

CREATE TABLE cw_retention_policy (
  id               BIGINT NOT NULL PRIMARY KEY,
  version          BIGINT NOT NULL,
  programme_id     BIGINT NOT NULL,
  retention_months INT    NOT NULL,
  CONSTRAINT uq_cw_retention_programme UNIQUE (programme_id),
  CONSTRAINT fk_cw_retention_programme FOREIGN KEY (programme_id) REFERENCES plt_programme (id)
);
