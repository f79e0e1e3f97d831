-- Consent per purpose: what the survivor agreed to, when, and when (if ever) they withdrew it.
CREATE TABLE cw_consent (
  survivor_id  BIGINT      NOT NULL,
  purpose      VARCHAR(30) NOT NULL,
  given_on     DATE        NOT NULL,
  withdrawn_on DATE        NULL,
  PRIMARY KEY (survivor_id, purpose),
  CONSTRAINT fk_cw_consent_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
