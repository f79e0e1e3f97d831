-- The platform's tables: ids, programmes, users, API tokens, the audit chain and the identity vault.
-- Portable SQL: the same script runs on the embedded H2 database and on MySQL/MariaDB.

CREATE TABLE plt_id_sequence (
  seq_name  VARCHAR(50) NOT NULL PRIMARY KEY,
  seq_value BIGINT      NOT NULL
);
INSERT INTO plt_id_sequence (seq_name, seq_value) VALUES ('liberta', 0);

CREATE TABLE plt_programme (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  code         VARCHAR(20)  NOT NULL,
  name         VARCHAR(200) NOT NULL,
  country      CHAR(2)      NOT NULL,
  relationship VARCHAR(30)  NOT NULL,
  CONSTRAINT uq_plt_programme_code UNIQUE (code)
);

CREATE TABLE plt_user (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  username      VARCHAR(100) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  enabled       BOOLEAN      NOT NULL,
  failed_logins INT          NOT NULL,
  locked_until  TIMESTAMP    NULL,
  mfa_enrolled  BOOLEAN      NOT NULL,
  session_epoch INT          NOT NULL,
  created_at    TIMESTAMP    NOT NULL,
  CONSTRAINT uq_plt_user_username UNIQUE (username)
);

CREATE TABLE plt_user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role),
  CONSTRAINT fk_plt_user_role_user FOREIGN KEY (user_id) REFERENCES plt_user (id)
);

CREATE TABLE plt_user_programme (
  user_id      BIGINT NOT NULL,
  programme_id BIGINT NOT NULL,
  PRIMARY KEY (user_id, programme_id),
  CONSTRAINT fk_plt_user_programme_user FOREIGN KEY (user_id) REFERENCES plt_user (id),
  CONSTRAINT fk_plt_user_programme_programme FOREIGN KEY (programme_id) REFERENCES plt_programme (id)
);

CREATE TABLE plt_api_token (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  token_hash    CHAR(64)     NOT NULL,
  username      VARCHAR(100) NOT NULL,
  session_epoch INT          NOT NULL,
  issued_at     TIMESTAMP    NOT NULL,
  expires_at    TIMESTAMP    NOT NULL,
  revoked_at    TIMESTAMP    NULL,
  CONSTRAINT uq_plt_api_token_hash UNIQUE (token_hash)
);
CREATE INDEX ix_plt_api_token_user ON plt_api_token (username);

-- Append-only: the application has no UPDATE or DELETE path for these rows; the hash chain exposes tampering.
CREATE TABLE plt_audit_entry (
  seq         BIGINT        NOT NULL PRIMARY KEY,
  at_utc      TIMESTAMP     NOT NULL,
  username    VARCHAR(100)  NOT NULL,
  action      VARCHAR(40)   NOT NULL,
  record_type VARCHAR(60)   NULL,
  record_id   VARCHAR(100)  NULL,
  detail      VARCHAR(1000) NULL,
  address     VARCHAR(64)   NULL,
  prev_hash   CHAR(64)      NOT NULL,
  hash        CHAR(64)      NOT NULL
);
CREATE INDEX ix_plt_audit_record ON plt_audit_entry (record_type, record_id);
CREATE INDEX ix_plt_audit_user ON plt_audit_entry (username);
CREATE INDEX ix_plt_audit_at ON plt_audit_entry (at_utc);

CREATE TABLE plt_audit_head (
  id        INT      NOT NULL PRIMARY KEY,
  last_seq  BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO plt_audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE plt_vault_value (
  id           BIGINT          NOT NULL PRIMARY KEY,
  version      BIGINT          NOT NULL,
  subject_type VARCHAR(40)     NOT NULL,
  subject_id   BIGINT          NOT NULL,
  field_name   VARCHAR(40)     NOT NULL,
  key_id       VARCHAR(40)     NOT NULL,
  iv           VARBINARY(12)   NOT NULL,
  cipher_text  VARBINARY(4096) NOT NULL,
  blind_index  CHAR(64)        NULL,
  CONSTRAINT uq_plt_vault_field UNIQUE (subject_type, subject_id, field_name)
);
CREATE INDEX ix_plt_vault_blind ON plt_vault_value (subject_type, field_name, blind_index);
CREATE INDEX ix_plt_vault_key ON plt_vault_value (key_id);
