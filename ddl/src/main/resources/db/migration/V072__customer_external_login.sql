-- Shoppers' external accounts and the security of their own: an account may be linked to one subject per login
-- provider (an OpenID Connect provider, QQ, Weibo...), a subject to one account only; an account opened from an
-- external login may have no password; a new mobile number is confirmed by an SMS code (purpose PHONE_CHANGE)
-- and a new email by a link (its token stored as a SHA-256 hash only); "sign out everywhere else" ends every
-- session begun before sessions_valid_from.

CREATE SEQUENCE customer_external_login_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE customer_external_login (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    account_id      BIGINT                   NOT NULL,
    provider        VARCHAR(40)              NOT NULL,
    subject         VARCHAR(255)             NOT NULL,
    display_name    VARCHAR(100),
    linked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at    TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_customer_external_login_account FOREIGN KEY (account_id) REFERENCES customer_account (id),
    CONSTRAINT uq_customer_external_login_subject UNIQUE (provider, subject),
    CONSTRAINT uq_customer_external_login_provider UNIQUE (account_id, provider)
);

CREATE SEQUENCE customer_email_change_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE customer_email_change (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    account_id      BIGINT                   NOT NULL,
    email           VARCHAR(200)             NOT NULL,
    token_hash      VARCHAR(100)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at         TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_customer_email_change_account FOREIGN KEY (account_id) REFERENCES customer_account (id)
);

CREATE INDEX ix_customer_email_change_token ON customer_email_change (token_hash);
CREATE INDEX ix_customer_email_change_account ON customer_email_change (account_id, created_at);

ALTER TABLE customer_code DROP CONSTRAINT ck_customer_code_purpose;
ALTER TABLE customer_code ADD CONSTRAINT ck_customer_code_purpose
    CHECK (purpose IN ('REGISTER', 'LOGIN', 'RESET', 'PHONE_CHANGE'));

ALTER TABLE customer_account ADD COLUMN sessions_valid_from TIMESTAMP WITH TIME ZONE;

INSERT INTO notification_template (id, code, channel, locale, purpose, subject, body, updated_at, version) VALUES
(720, 'customer.email-change', 'EMAIL', 'zh_CN', 'TRANSACTIONAL', '确认您在 Emporium 的新邮箱',
 '您好：

您要求把账户的邮箱改为本地址。请在 {{minutes}} 分钟内打开下面的链接确认：

{{link}}

如果这不是您本人的操作，请忽略本邮件，账户的邮箱不会改变。

Emporium', CURRENT_TIMESTAMP, 0),
(721, 'customer.email-change', 'EMAIL', 'en', 'TRANSACTIONAL', 'Confirm your new Emporium email',
 'Hello,

You asked to use this address as the email of your account. Open this link within {{minutes}} minutes to confirm:

{{link}}

If you did not ask for this, ignore this mail; the email of the account stays as it is.

Emporium', CURRENT_TIMESTAMP, 0);
