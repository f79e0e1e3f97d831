-- Lock-out that cannot be turned against its owner (docs/security.md item 5), second part: a device its owner has
-- signed in from is never locked out, and bursts of failures are mailed to the owner and the administrators.
ALTER TABLE plt_user ADD COLUMN email VARCHAR(254) NULL;

-- Only the SHA-256 of a device's cookie is kept. A device that fails five times in a row is no longer trusted.
CREATE TABLE plt_known_device (
  id            BIGINT    NOT NULL PRIMARY KEY,
  version       BIGINT    NOT NULL,
  token_hash    CHAR(64)  NOT NULL,
  user_id       BIGINT    NOT NULL,
  first_seen_at TIMESTAMP NOT NULL,
  last_seen_at  TIMESTAMP NOT NULL,
  failed_logins INT       NOT NULL,
  CONSTRAINT uq_plt_known_device_hash UNIQUE (token_hash)
);
CREATE INDEX ix_plt_known_device_user ON plt_known_device (user_id);

-- Each failed sign-in asks how many accounts failed in the last minutes (a password spray): by action and time.
CREATE INDEX ix_plt_audit_action_at ON plt_audit_entry (action, at_utc);

-- A second-factor code is good once (ASVS 5.0 §6.5.1): the time step of the last one accepted.
ALTER TABLE plt_user ADD COLUMN last_code_step BIGINT NULL;
