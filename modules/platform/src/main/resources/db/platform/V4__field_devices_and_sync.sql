-- The field app (issue 34): enrolled devices, the actions they synced (the action id the device made is the key
-- that makes each apply at most once), and what revoked devices sent (kept, never applied).
CREATE TABLE plt_field_device (
  id              BIGINT       NOT NULL PRIMARY KEY,
  version         BIGINT       NOT NULL,
  credential_hash CHAR(64)     NOT NULL,
  user_id         BIGINT       NOT NULL,
  name            VARCHAR(100) NOT NULL,
  enrolled_at     TIMESTAMP    NOT NULL,
  last_sync_at    TIMESTAMP    NULL,
  revoked_at      TIMESTAMP    NULL,
  revoked_by      VARCHAR(100) NULL,
  CONSTRAINT uq_plt_field_device_credential UNIQUE (credential_hash)
);
CREATE INDEX ix_plt_field_device_user ON plt_field_device (user_id);

CREATE TABLE plt_synced_action (
  action_id   CHAR(36)    NOT NULL PRIMARY KEY,
  device_id   BIGINT      NOT NULL,
  action_type VARCHAR(40) NOT NULL,
  record_type VARCHAR(60) NOT NULL,
  record_id   BIGINT      NOT NULL,
  captured_at TIMESTAMP   NOT NULL,
  arrived_at  TIMESTAMP   NOT NULL
);
CREATE INDEX ix_plt_synced_action_device ON plt_synced_action (device_id, arrived_at);

CREATE TABLE plt_quarantined_batch (
  id          BIGINT      NOT NULL PRIMARY KEY,
  version     BIGINT      NOT NULL,
  device_id   BIGINT      NOT NULL,
  received_at TIMESTAMP   NOT NULL,
  address     VARCHAR(64) NULL,
  body        LONGTEXT    NOT NULL
);
CREATE INDEX ix_plt_quarantined_batch_device ON plt_quarantined_batch (device_id);
