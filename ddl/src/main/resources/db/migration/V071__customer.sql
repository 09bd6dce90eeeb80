-- Customers: shopper accounts (registered with a mobile number confirmed by an SMS code), the one-time codes
-- sent by SMS, and password-reset tokens. Codes and tokens are stored as SHA-256 hashes only: a copy of the
-- database does not let anyone log in or reset a password.

CREATE SEQUENCE customer_account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE customer_account (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    phone           VARCHAR(20)              NOT NULL,
    email           VARCHAR(200),
    display_name    VARCHAR(100)             NOT NULL,
    password_hash   VARCHAR(400),
    locale          VARCHAR(10)              NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    password_changed_at TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_customer_account_phone UNIQUE (phone),
    CONSTRAINT uq_customer_account_email UNIQUE (email),
    CONSTRAINT ck_customer_account_status CHECK (status IN ('ACTIVE', 'LOCKED', 'CLOSED'))
);

CREATE SEQUENCE customer_code_seq START WITH 1000 INCREMENT BY 50;

-- A one-time code sent by SMS for registration (or login): valid for minutes, a few tries, used once.
CREATE TABLE customer_code (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    phone           VARCHAR(20)              NOT NULL,
    purpose         VARCHAR(20)              NOT NULL,
    code_hash       VARCHAR(100)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    tries           INTEGER                  NOT NULL DEFAULT 0,
    used_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_customer_code_purpose CHECK (purpose IN ('REGISTER', 'LOGIN', 'RESET'))
);

CREATE INDEX ix_customer_code_phone ON customer_code (phone, purpose, created_at);

CREATE SEQUENCE customer_reset_seq START WITH 1000 INCREMENT BY 50;

-- A password-reset token sent by email (in a link) or SMS (as a code): single use, expiring.
CREATE TABLE customer_password_reset (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    account_id      BIGINT                   NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    token_hash      VARCHAR(100)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    tries           INTEGER                  NOT NULL DEFAULT 0,
    used_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_customer_password_reset_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT ck_customer_password_reset_channel CHECK (channel IN ('EMAIL', 'SMS'))
);

CREATE INDEX ix_customer_password_reset_token ON customer_password_reset (token_hash);
CREATE INDEX ix_customer_password_reset_account ON customer_password_reset (account_id, created_at);
