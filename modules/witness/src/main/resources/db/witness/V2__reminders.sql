-- Reminders to witnesses, as an outbox: one row per attendance and offset (the unique key makes planning
-- idempotent), sent at most once by whichever server instance claims it first (claimed_by / claimed_until),
-- retried with back-off, and dropped when its hearing has passed, moved or been cancelled.
CREATE TABLE wit_reminder (
  id               BIGINT       NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  attendance_id    BIGINT       NOT NULL,
  hearing_id       BIGINT       NOT NULL,
  programme_id     BIGINT       NOT NULL,
  witness_id       BIGINT       NOT NULL,
  hearing_at       TIMESTAMP    NOT NULL,
  offset_code      VARCHAR(10)  NOT NULL,
  due_at           TIMESTAMP    NOT NULL,
  channel          VARCHAR(10)  NOT NULL,
  state            VARCHAR(10)  NOT NULL,
  attempts         INT          NOT NULL,
  next_attempt_at  TIMESTAMP    NOT NULL,
  claimed_by       VARCHAR(80)  NULL,
  claimed_until    TIMESTAMP    NULL,
  sent_at          TIMESTAMP    NULL,
  last_error       VARCHAR(400) NULL,
  CONSTRAINT uq_wit_reminder UNIQUE (attendance_id, offset_code),
  CONSTRAINT fk_wit_reminder_attendance FOREIGN KEY (attendance_id) REFERENCES wit_attendance (id)
);
CREATE INDEX ix_wit_reminder_due ON wit_reminder (state, next_attempt_at);
