-- The witnesses a prosecution needs. Survivors are linked by casework id; other witnesses' names and contact
-- details live in the identity vault, so this table holds only a label.
CREATE TABLE crt_witness (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  case_id      BIGINT       NOT NULL,
  programme_id BIGINT       NOT NULL,
  role         VARCHAR(20)  NOT NULL,
  survivor_id  BIGINT       NULL,
  label        VARCHAR(120) NOT NULL,
  needs        VARCHAR(200) NOT NULL,
  has_phone    BOOLEAN      NOT NULL,
  has_email    BOOLEAN      NOT NULL,
  CONSTRAINT fk_crt_witness_case FOREIGN KEY (case_id) REFERENCES crt_case (id)
);
CREATE INDEX ix_crt_witness_case ON crt_witness (case_id);
