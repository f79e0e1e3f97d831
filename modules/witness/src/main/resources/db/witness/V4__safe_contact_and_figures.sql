-- Safe contact, intimidation concerns, and the facts the programme's figures group by.
--
-- Attendance keeps the witness's role and the court's name as they were when the hearing was planned (the figures
-- group by them in SQL), when the witness first confirmed, and whether its reminders have been planned (the
-- scheduler plans any that were not, e.g. after an import or an outage).
ALTER TABLE wit_attendance ADD COLUMN witness_role VARCHAR(20) NULL;
ALTER TABLE wit_attendance ADD COLUMN court_name VARCHAR(200) NULL;
ALTER TABLE wit_attendance ADD COLUMN confirmed_at TIMESTAMP NULL;
ALTER TABLE wit_attendance ADD COLUMN plan_reminders BOOLEAN DEFAULT TRUE NOT NULL;

-- Rows planned before this migration had their reminders planned with them; their role and court are read once
-- from the courts' tables (from here on the planner records them).
UPDATE wit_attendance SET plan_reminders = FALSE;
UPDATE wit_attendance SET witness_role = (SELECT w.role FROM crt_witness w WHERE w.id = wit_attendance.witness_id);
UPDATE wit_attendance SET court_name = (SELECT ct.name FROM crt_case c JOIN crt_court ct ON ct.id = c.court_id
                                        WHERE c.id = wit_attendance.case_id);
UPDATE wit_attendance SET confirmed_at = hearing_at
 WHERE status IN ('CONFIRMED', 'TRANSPORT_BOOKED', 'ESCORT_ASSIGNED', 'ARRIVED', 'EXAMINED');

CREATE INDEX ix_wit_attendance_unplanned ON wit_attendance (plan_reminders, hearing_at);
CREATE INDEX ix_wit_attendance_court ON wit_attendance (court_name, hearing_at);

-- How a witness may safely be contacted: the channel they prefer (CALL: no messages at all, a person calls), the
-- court-local hours in which contact is safe, and who may call them.
CREATE TABLE wit_contact_rule (
  id                BIGINT       NOT NULL PRIMARY KEY,
  version           BIGINT       NOT NULL,
  witness_id        BIGINT       NOT NULL,
  programme_id      BIGINT       NOT NULL,
  preferred_channel VARCHAR(10)  NULL,
  safe_from_hour    INT          NULL,
  safe_to_hour      INT          NULL,
  who_may_call      VARCHAR(300) NULL,
  updated_by        VARCHAR(100) NOT NULL,
  CONSTRAINT uq_wit_contact_rule UNIQUE (witness_id)
);

-- An intimidation concern about a witness, open until staff close it with what was done.
CREATE TABLE wit_concern (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  witness_id   BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  raised_on    DATE          NOT NULL,
  raised_by    VARCHAR(100)  NOT NULL,
  description  VARCHAR(1000) NOT NULL,
  closed_on    DATE          NULL,
  closed_by    VARCHAR(100)  NULL,
  resolution   VARCHAR(1000) NULL
);
CREATE INDEX ix_wit_concern_witness ON wit_concern (witness_id, closed_on);
