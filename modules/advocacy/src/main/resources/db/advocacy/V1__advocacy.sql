-- Advocacy: stakeholders (a person's roles kept as they change), campaigns and their asks, engagements with the
-- stakeholders met and follow-up actions, and outcomes harvested with the charity's contribution.
CREATE TABLE adv_stakeholder (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  programme_id BIGINT       NOT NULL,
  name         VARCHAR(200) NOT NULL,
  kind         VARCHAR(40)  NOT NULL,
  role_title   VARCHAR(200) NULL,
  organisation VARCHAR(200) NULL,
  country      VARCHAR(2)   NULL,
  influence    INT          NULL,
  stance       INT          NULL
);
CREATE INDEX ix_adv_stakeholder_programme ON adv_stakeholder (programme_id, name);

CREATE TABLE adv_stakeholder_role (
  id             BIGINT       NOT NULL PRIMARY KEY,
  version        BIGINT       NOT NULL,
  stakeholder_id BIGINT       NOT NULL,
  role_title     VARCHAR(200) NULL,
  organisation   VARCHAR(200) NULL,
  until_on       DATE         NOT NULL,
  CONSTRAINT fk_adv_role_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES adv_stakeholder (id)
);

CREATE TABLE adv_campaign (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  ask          VARCHAR(2000) NOT NULL,
  target       VARCHAR(300)  NULL,
  target_on    DATE          NULL,
  status       VARCHAR(20)   NOT NULL,
  evidence     VARCHAR(2000) NULL
);
CREATE INDEX ix_adv_campaign_programme ON adv_campaign (programme_id, status);

CREATE TABLE adv_engagement (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  campaign_id  BIGINT        NULL,
  occurred_on  DATE          NOT NULL,
  kind         VARCHAR(30)   NOT NULL,
  summary      VARCHAR(2000) NOT NULL,
  logged_by    VARCHAR(100)  NOT NULL,
  CONSTRAINT fk_adv_engagement_campaign FOREIGN KEY (campaign_id) REFERENCES adv_campaign (id)
);
CREATE INDEX ix_adv_engagement_period ON adv_engagement (programme_id, occurred_on);
CREATE INDEX ix_adv_engagement_campaign ON adv_engagement (campaign_id, occurred_on);

CREATE TABLE adv_engagement_stakeholder (
  engagement_id  BIGINT NOT NULL,
  stakeholder_id BIGINT NOT NULL,
  PRIMARY KEY (engagement_id, stakeholder_id),
  CONSTRAINT fk_adv_es_engagement FOREIGN KEY (engagement_id) REFERENCES adv_engagement (id),
  CONSTRAINT fk_adv_es_stakeholder FOREIGN KEY (stakeholder_id) REFERENCES adv_stakeholder (id)
);
CREATE INDEX ix_adv_es_stakeholder ON adv_engagement_stakeholder (stakeholder_id);

CREATE TABLE adv_follow_up (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  engagement_id BIGINT       NOT NULL,
  programme_id  BIGINT       NOT NULL,
  action        VARCHAR(500) NOT NULL,
  due_on        DATE         NOT NULL,
  owner         VARCHAR(100) NOT NULL,
  done_on       DATE         NULL,
  CONSTRAINT fk_adv_follow_up_engagement FOREIGN KEY (engagement_id) REFERENCES adv_engagement (id)
);
CREATE INDEX ix_adv_follow_up_owner ON adv_follow_up (owner, done_on, due_on);

CREATE TABLE adv_outcome (
  id                      BIGINT        NOT NULL PRIMARY KEY,
  version                 BIGINT        NOT NULL,
  programme_id            BIGINT        NOT NULL,
  campaign_id             BIGINT        NULL,
  occurred_on             DATE          NOT NULL,
  description             VARCHAR(2000) NOT NULL,
  for_whom                VARCHAR(300)  NULL,
  significance            VARCHAR(10)   NOT NULL,
  contribution            VARCHAR(10)   NOT NULL,
  contribution_how        VARCHAR(2000) NULL,
  evidence_link           VARCHAR(500)  NULL,
  independently_confirmed BOOLEAN       NOT NULL,
  CONSTRAINT fk_adv_outcome_campaign FOREIGN KEY (campaign_id) REFERENCES adv_campaign (id)
);
CREATE INDEX ix_adv_outcome_period ON adv_outcome (programme_id, occurred_on);
