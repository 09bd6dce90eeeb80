-- Shoppers' sign-in: every login attempt (to refuse further tries after repeated failures, on every node alike)
-- and the remember-me series (a random series and token per browser, both stored as SHA-256 hashes only; the
-- token changes each time it is used, so a stolen copy is noticed when the browser and the thief both use it).

CREATE SEQUENCE customer_login_attempt_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE customer_login_attempt (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    login_key       VARCHAR(200)             NOT NULL,
    remote_address  VARCHAR(64)              NOT NULL,
    method          VARCHAR(10)              NOT NULL,
    succeeded       BOOLEAN                  NOT NULL,
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_customer_login_attempt_method CHECK (method IN ('PASSWORD', 'CODE', 'SEND'))
);

CREATE INDEX ix_customer_login_attempt_key ON customer_login_attempt (login_key, attempted_at);
CREATE INDEX ix_customer_login_attempt_address ON customer_login_attempt (remote_address, attempted_at);

CREATE SEQUENCE customer_remember_me_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE customer_remember_me (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    account_id      BIGINT                   NOT NULL,
    series_hash     VARCHAR(100)             NOT NULL,
    token_hash      VARCHAR(100)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_customer_remember_me_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT uq_customer_remember_me_series UNIQUE (series_hash)
);

CREATE INDEX ix_customer_remember_me_account ON customer_remember_me (account_id);
