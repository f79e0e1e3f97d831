-- Search: every stakeholder, campaign, engagement and outcome broken into its words, one row per distinct word,
-- so that a word (or the start of one) is an index range on every database, with the programme and date alongside
-- for scope and newest-first order without touching the records themselves.
CREATE TABLE adv_search_token (
  record_kind  VARCHAR(12) NOT NULL,
  record_id    BIGINT      NOT NULL,
  token        VARCHAR(40) NOT NULL,
  programme_id BIGINT      NOT NULL,
  record_on    DATE        NOT NULL,
  PRIMARY KEY (record_kind, record_id, token)
);
CREATE INDEX ix_adv_search_token ON adv_search_token (token, programme_id, record_on, record_kind, record_id);

-- Where a stakeholder stands on one campaign: influence over the decision and stance on the ask (1-5 each). The
-- stakeholder's own influence and stance are the default for campaigns that have not placed them.
CREATE TABLE adv_campaign_position (
  id             BIGINT NOT NULL PRIMARY KEY,
  version        BIGINT NOT NULL,
  campaign_id    BIGINT NOT NULL,
  stakeholder_id BIGINT NOT NULL,
  influence      INT    NOT NULL,
  stance         INT    NOT NULL,
  CONSTRAINT uq_adv_position UNIQUE (campaign_id, stakeholder_id),
  CONSTRAINT fk_adv_position_campaign FOREIGN KEY (campaign_id) REFERENCES adv_campaign (id),
  CONSTRAINT fk_adv_position_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES adv_stakeholder (id)
);

-- Files uploaded as evidence of an outcome, kept in the database so that backups hold them with the record.
CREATE TABLE adv_evidence (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  outcome_id   BIGINT       NOT NULL,
  programme_id BIGINT       NOT NULL,
  file_name    VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       VARCHAR(64)  NOT NULL,
  uploaded_by  VARCHAR(100) NOT NULL,
  uploaded_at  TIMESTAMP    NOT NULL,
  content      LONGBLOB     NOT NULL,
  CONSTRAINT fk_adv_evidence_outcome FOREIGN KEY (outcome_id) REFERENCES adv_outcome (id)
);
CREATE INDEX ix_adv_evidence_outcome ON adv_evidence (outcome_id);
