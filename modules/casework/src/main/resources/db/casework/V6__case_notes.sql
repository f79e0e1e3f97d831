-- Case notes: what a navigator writes down that is no other kind of event. Deleted when the case is anonymised.
CREATE TABLE cw_case_note (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  survivor_id  BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  noted_on     DATE          NOT NULL,
  note_text    VARCHAR(4000) NOT NULL,
  CONSTRAINT fk_cw_note_survivor FOREIGN KEY (survivor_id) REFERENCES cw_survivor (id)
);
CREATE INDEX ix_cw_note_survivor ON cw_case_note (survivor_id);
