-- Certificates: one live certificate per completed attendance, found by its verification code; a re-issued one
-- points at its replacement, a revoked one keeps why. Expiry comes from the course's validity.
CREATE TABLE trn_certificate (
  id             BIGINT       NOT NULL PRIMARY KEY,
  version        BIGINT       NOT NULL,
  attendance_id  BIGINT       NOT NULL,
  professional_id BIGINT      NOT NULL,
  session_id     BIGINT       NOT NULL,
  programme_id   BIGINT       NOT NULL,
  code           VARCHAR(20)  NOT NULL,
  issued_on      DATE         NOT NULL,
  expires_on     DATE         NULL,
  revoked_on     DATE         NULL,
  revoked_reason VARCHAR(300) NULL,
  replaced_by    BIGINT       NULL,
  CONSTRAINT uq_trn_certificate_code UNIQUE (code),
  CONSTRAINT fk_trn_certificate_attendance FOREIGN KEY (attendance_id) REFERENCES trn_attendance (id)
);
CREATE INDEX ix_trn_certificate_attendance ON trn_certificate (attendance_id);
CREATE INDEX ix_trn_certificate_expiry ON trn_certificate (programme_id, expires_on);
