-- The witness-attendance programme: for each hearing to come, each required witness's way to court (an
-- attendance that moves from identified to examined) and the tasks staff do to get them there.

CREATE TABLE wit_attendance (
  id               BIGINT       NOT NULL PRIMARY KEY,
  version          BIGINT       NOT NULL,
  hearing_id       BIGINT       NOT NULL,
  case_id          BIGINT       NOT NULL,
  programme_id     BIGINT       NOT NULL,
  witness_id       BIGINT       NOT NULL,
  hearing_at       TIMESTAMP    NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  contact_failures INT          NOT NULL,
  attended         BOOLEAN      NULL,
  not_examined_reason VARCHAR(400) NULL,
  CONSTRAINT uq_wit_attendance UNIQUE (hearing_id, witness_id)
);
CREATE INDEX ix_wit_attendance_upcoming ON wit_attendance (programme_id, hearing_at);
CREATE INDEX ix_wit_attendance_witness ON wit_attendance (witness_id, hearing_at);

CREATE TABLE wit_task (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  attendance_id BIGINT       NOT NULL,
  hearing_id    BIGINT       NOT NULL,
  programme_id  BIGINT       NOT NULL,
  hearing_at    TIMESTAMP    NOT NULL,
  kind          VARCHAR(30)  NOT NULL,
  due_on        DATE         NOT NULL,
  state         VARCHAR(12)  NOT NULL,
  result        VARCHAR(30)  NULL,
  note          VARCHAR(1000) NULL,
  done_by       VARCHAR(80)  NULL,
  done_at       TIMESTAMP    NULL,
  CONSTRAINT fk_wit_task_attendance FOREIGN KEY (attendance_id) REFERENCES wit_attendance (id)
);
CREATE INDEX ix_wit_task_queue ON wit_task (programme_id, state, due_on);
CREATE INDEX ix_wit_task_attendance ON wit_task (attendance_id);
