-- ("day" is a reserved word in H2, hence away_on / escort_on.)
-- Escorts: the programme's staff (gender and home district, days away) and who accompanies which witness to a
-- hearing. A staff member escorts one witness a day (the unique key makes double-booking impossible).
CREATE TABLE wit_staff (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  programme_id  BIGINT       NOT NULL,
  name          VARCHAR(120) NOT NULL,
  gender        VARCHAR(30)  NOT NULL,
  home_district VARCHAR(120) NOT NULL,
  active        BOOLEAN      NOT NULL
);
CREATE INDEX ix_wit_staff_programme ON wit_staff (programme_id);

CREATE TABLE wit_staff_absence (
  id       BIGINT NOT NULL PRIMARY KEY,
  version  BIGINT NOT NULL,
  staff_id BIGINT NOT NULL,
  away_on  DATE   NOT NULL,
  CONSTRAINT uq_wit_staff_absence UNIQUE (staff_id, away_on),
  CONSTRAINT fk_wit_absence_staff FOREIGN KEY (staff_id) REFERENCES wit_staff (id)
);

CREATE TABLE wit_escort (
  id            BIGINT NOT NULL PRIMARY KEY,
  version       BIGINT NOT NULL,
  attendance_id BIGINT NOT NULL,
  staff_id      BIGINT NOT NULL,
  programme_id  BIGINT NOT NULL,
  escort_on     DATE   NOT NULL,
  CONSTRAINT uq_wit_escort_attendance UNIQUE (attendance_id),
  CONSTRAINT uq_wit_escort_staff_day UNIQUE (staff_id, escort_on),
  CONSTRAINT fk_wit_escort_attendance FOREIGN KEY (attendance_id) REFERENCES wit_attendance (id),
  CONSTRAINT fk_wit_escort_staff FOREIGN KEY (staff_id) REFERENCES wit_staff (id)
);
CREATE INDEX ix_wit_escort_day ON wit_escort (programme_id, escort_on);
