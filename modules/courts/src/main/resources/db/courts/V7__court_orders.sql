-- Orders a court gives at a hearing, followed until done (issue 35). The lawyer's home page counts the cases with
-- an order past its due day: by case, open orders only.
CREATE TABLE crt_order (
  id           BIGINT        NOT NULL PRIMARY KEY,
  version      BIGINT        NOT NULL,
  case_id      BIGINT        NOT NULL,
  programme_id BIGINT        NOT NULL,
  hearing_id   BIGINT        NULL,
  kind         VARCHAR(30)   NOT NULL,
  description  VARCHAR(500)  NOT NULL,
  given_on     DATE          NOT NULL,
  due_on       DATE          NOT NULL,
  done_on      DATE          NULL,
  done_by      VARCHAR(100)  NULL,
  done_note    VARCHAR(1000) NULL
);
CREATE INDEX ix_crt_order_case ON crt_order (case_id, done_on, due_on);
