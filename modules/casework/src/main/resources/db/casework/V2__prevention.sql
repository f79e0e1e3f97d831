-- Prevention education: vulnerable people (not survivors) reached by sessions. Participants are known by a
-- pseudonym their programme gives them, so the same person attending twice counts once.

CREATE TABLE cw_prevention_participant (
  id           BIGINT      NOT NULL PRIMARY KEY,
  version      BIGINT      NOT NULL,
  programme_id BIGINT      NOT NULL,
  pseudonym    VARCHAR(80) NOT NULL,
  gender       VARCHAR(30) NOT NULL,
  birth_year   INT         NULL,
  CONSTRAINT uq_cw_prevention_participant UNIQUE (programme_id, pseudonym),
  CONSTRAINT fk_cw_participant_programme FOREIGN KEY (programme_id) REFERENCES plt_programme (id)
);

CREATE TABLE cw_prevention_session (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  programme_id BIGINT       NOT NULL,
  held_on      DATE         NOT NULL,
  topic        VARCHAR(200) NOT NULL,
  CONSTRAINT fk_cw_session_programme FOREIGN KEY (programme_id) REFERENCES plt_programme (id)
);
CREATE INDEX ix_cw_prevention_session_count ON cw_prevention_session (programme_id, held_on);

CREATE TABLE cw_prevention_attendance (
  session_id     BIGINT NOT NULL,
  participant_id BIGINT NOT NULL,
  PRIMARY KEY (session_id, participant_id),
  CONSTRAINT fk_cw_attendance_session FOREIGN KEY (session_id) REFERENCES cw_prevention_session (id),
  CONSTRAINT fk_cw_attendance_participant FOREIGN KEY (participant_id) REFERENCES cw_prevention_participant (id)
);
CREATE INDEX ix_cw_attendance_participant ON cw_prevention_attendance (participant_id);
