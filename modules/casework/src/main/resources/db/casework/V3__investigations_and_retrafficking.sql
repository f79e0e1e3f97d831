-- Police investigations survivors took part in, with their outcomes; one row per police reference, however
-- many programmes report it, so each outcome is counted once. And re-trafficking incidents.

CREATE TABLE cw_investigation (
  id                   BIGINT      NOT NULL PRIMARY KEY,
  version              BIGINT      NOT NULL,
  police_reference     VARCHAR(60) NOT NULL,
  reported_by          BIGINT      NOT NULL,
  opened_on            DATE        NOT NULL,
  closed_on            DATE        NULL,
  further_victims      INT         NOT NULL,
  suspects             INT         NOT NULL,
  arrests              INT         NOT NULL,
  lines_of_enquiry     INT         NOT NULL,
  charges              INT         NOT NULL,
  locations_identified INT         NOT NULL,
  locations_checked    INT         NOT NULL,
  CONSTRAINT uq_cw_investigation_reference UNIQUE (police_reference)
);
CREATE INDEX ix_cw_investigation_open ON cw_investigation (opened_on, closed_on);

CREATE TABLE cw_investigation_survivor (
  investigation_id BIGINT NOT NULL,
  survivor_id      BIGINT NOT NULL,
  programme_id     BIGINT NOT NULL,
  PRIMARY KEY (investigation_id, survivor_id),
  CONSTRAINT fk_cw_inv_link_investigation FOREIGN KEY (investigation_id) REFERENCES cw_investigation (id),
  CONSTRAINT fk_cw_inv_link_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_inv_link_programme ON cw_investigation_survivor (programme_id, investigation_id);

CREATE TABLE cw_retrafficking (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  survivor_id  BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  occurred_on  DATE          NOT NULL,
  note         VARCHAR(2000) NULL,
  CONSTRAINT fk_cw_retrafficking_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_retrafficking_count ON cw_retrafficking (programme_id, occurred_on, survivor_id);
