-- Court case tracking: courts, prosecutions with their stages, accused and verdicts, hearings and adjournments.
-- A case row keeps the working facts "my cases" lists and sorts by (next hearing, last adjournment, accused
-- count), so the list is one indexed query on one table.

CREATE TABLE crt_court (
  id         BIGINT       NOT NULL PRIMARY KEY,
  version    BIGINT       NOT NULL,
  name       VARCHAR(200) NOT NULL,
  name_key   VARCHAR(200) NOT NULL,
  district   VARCHAR(120) NULL,
  CONSTRAINT uq_crt_court_name UNIQUE (name_key)
);

CREATE TABLE crt_case (
  id                      BIGINT       NOT NULL PRIMARY KEY,
  version                 BIGINT       NOT NULL,
  programme_id            BIGINT       NOT NULL,
  case_number             VARCHAR(80)  NOT NULL,
  court_id                BIGINT       NOT NULL,
  district                VARCHAR(120) NULL,
  filed_on                DATE         NOT NULL,
  stage                   VARCHAR(40)  NOT NULL,
  stage_since             DATE         NOT NULL,
  status                  VARCHAR(10)  NOT NULL,
  disposed_on             DATE         NULL,
  disposal                VARCHAR(40)  NULL,
  support_start           DATE         NULL,
  support_end             DATE         NULL,
  next_hearing_at         TIMESTAMP    NULL,
  last_adjournment_reason VARCHAR(40)  NULL,
  accused_count           INT          NOT NULL,
  CONSTRAINT uq_crt_case_number UNIQUE (court_id, case_number),
  CONSTRAINT fk_crt_case_court FOREIGN KEY (court_id) REFERENCES crt_court (id),
  CONSTRAINT fk_crt_case_programme FOREIGN KEY (programme_id) REFERENCES plt_programme (id)
);
CREATE INDEX ix_crt_case_list ON crt_case (programme_id, status, next_hearing_at);
CREATE INDEX ix_crt_case_filed ON crt_case (programme_id, filed_on);
CREATE INDEX ix_crt_case_support ON crt_case (programme_id, support_start, support_end);

CREATE TABLE crt_case_offence (
  case_id BIGINT       NOT NULL,
  offence VARCHAR(200) NOT NULL,
  PRIMARY KEY (case_id, offence),
  CONSTRAINT fk_crt_offence_case FOREIGN KEY (case_id) REFERENCES crt_case (id)
);

CREATE TABLE crt_case_victim (
  case_id     BIGINT NOT NULL,
  survivor_id BIGINT NOT NULL,
  PRIMARY KEY (case_id, survivor_id),
  CONSTRAINT fk_crt_victim_case FOREIGN KEY (case_id) REFERENCES crt_case (id),
  CONSTRAINT fk_crt_victim_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_crt_victim_survivor ON crt_case_victim (survivor_id);

CREATE TABLE crt_stage_change (
  id         BIGINT       NOT NULL PRIMARY KEY,
  version    BIGINT       NOT NULL,
  case_id    BIGINT       NOT NULL,
  stage      VARCHAR(40)  NOT NULL,
  changed_on DATE         NOT NULL,
  decision   VARCHAR(30)  NULL,
  reason     VARCHAR(1000) NULL,
  CONSTRAINT fk_crt_stage_case FOREIGN KEY (case_id) REFERENCES crt_case (id)
);
CREATE INDEX ix_crt_stage_case ON crt_stage_change (case_id);

CREATE TABLE crt_accused (
  id              BIGINT        NOT NULL PRIMARY KEY,
  version         BIGINT        NOT NULL,
  case_id         BIGINT        NOT NULL,
  programme_id    BIGINT        NOT NULL,
  alias           VARCHAR(120)  NOT NULL,
  arrested_on     DATE          NULL,
  custody         VARCHAR(20)   NULL,
  verdict         VARCHAR(20)   NULL,
  verdict_on      DATE          NULL,
  verdict_reason  VARCHAR(1000) NULL,
  sentence        VARCHAR(400)  NULL,
  compensation    DECIMAL(14,2) NULL,
  CONSTRAINT fk_crt_accused_case FOREIGN KEY (case_id) REFERENCES crt_case (id)
);
CREATE INDEX ix_crt_accused_case ON crt_accused (case_id);
CREATE INDEX ix_crt_accused_arrest ON crt_accused (programme_id, arrested_on);
CREATE INDEX ix_crt_accused_verdict ON crt_accused (programme_id, verdict, verdict_on);

CREATE TABLE crt_hearing (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  version            BIGINT        NOT NULL,
  case_id            BIGINT        NOT NULL,
  programme_id       BIGINT        NOT NULL,
  scheduled_at       TIMESTAMP     NOT NULL,
  purpose            VARCHAR(30)   NOT NULL,
  outcome            VARCHAR(12)   NULL,
  adjournment_reason VARCHAR(40)   NULL,
  absent_witness     VARCHAR(20)   NULL,
  reason_text        VARCHAR(1000) NULL,
  next_hearing_id    BIGINT        NULL,
  CONSTRAINT fk_crt_hearing_case FOREIGN KEY (case_id) REFERENCES crt_case (id)
);
CREATE INDEX ix_crt_hearing_case ON crt_hearing (case_id, scheduled_at);
CREATE INDEX ix_crt_hearing_diary ON crt_hearing (programme_id, scheduled_at);
