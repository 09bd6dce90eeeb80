-- Back-office login attempts, kept for a day: the throttle counts recent failures per user name and per
-- remote address in this table, so that every node of a cluster sees the same counts.

CREATE SEQUENCE login_attempt_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE login_attempt (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    username        VARCHAR(100)             NOT NULL,
    remote_address  VARCHAR(100)             NOT NULL,
    succeeded       BOOLEAN                  NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
-- The throttle reads the newest attempts of one name and the newest failures of one address.
CREATE INDEX ix_login_attempt_username ON login_attempt (username, attempted_at);
CREATE INDEX ix_login_attempt_address ON login_attempt (remote_address, attempted_at);
