-- Notifications: EDM (email) and SMS. Templates per channel and locale (edited in the back office), each
-- message requested with its rendered text and its delivery status, recipients' consent to marketing, the
-- key that signs unsubscribe links. A message row is also the outbox entry: the relay hands PENDING rows
-- that are due to the notify.email / notify.sms queues. Its message key (a UUID) names it to the broker's
-- duplicate detection, which outlives ids: a database restored or re-created must not meet old ids there.
-- shown_body is the text with its secrets (codes, reset links) masked: what staff see, and all that stays of
-- the text once the message has gone.

CREATE SEQUENCE notification_template_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE notification_template (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    code            VARCHAR(80)              NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    locale          VARCHAR(10)              NOT NULL,
    purpose         VARCHAR(20)              NOT NULL,
    subject         VARCHAR(200),
    body            VARCHAR(8000)            NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(100),
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_notification_template UNIQUE (code, channel, locale),
    CONSTRAINT ck_notification_template_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_notification_template_purpose CHECK (purpose IN ('TRANSACTIONAL', 'MARKETING'))
);

CREATE SEQUENCE notification_message_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE notification_message (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    message_key     VARCHAR(36)              NOT NULL,
    template_code   VARCHAR(80)              NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    purpose         VARCHAR(20)              NOT NULL,
    recipient       VARCHAR(200)             NOT NULL,
    locale          VARCHAR(10)              NOT NULL,
    subject         VARCHAR(400),
    body            VARCHAR(10000)           NOT NULL,
    shown_body      VARCHAR(10000)           NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    attempts        INTEGER                  NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    dispatched_at   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    provider_ref    VARCHAR(100),
    last_error      VARCHAR(1000),
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_notification_message_channel CHECK (channel IN ('EMAIL', 'SMS')),
    CONSTRAINT ck_notification_message_status CHECK (status IN
        ('PENDING', 'DISPATCHED', 'SENT', 'DELIVERED', 'UNDELIVERED', 'FAILED', 'SUPPRESSED', 'RATE_LIMITED')),
    CONSTRAINT ck_notification_message_attempts CHECK (attempts >= 0),
    CONSTRAINT uq_notification_message_key UNIQUE (message_key)
);

-- The relay's question: which messages are due to go to the broker.
CREATE INDEX ix_notification_message_due ON notification_message (status, next_attempt_at);
-- The rate limit's question: what went to this recipient lately.
CREATE INDEX ix_notification_message_recipient ON notification_message (recipient, channel, created_at);
CREATE INDEX ix_notification_message_provider ON notification_message (provider_ref);

CREATE SEQUENCE notification_consent_seq START WITH 1000 INCREMENT BY 50;

-- A recipient's say on marketing messages per channel: opted in, and whether they have since unsubscribed.
CREATE TABLE notification_consent (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    recipient       VARCHAR(200)             NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    marketing       BOOLEAN                  NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    source          VARCHAR(40)              NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_notification_consent UNIQUE (recipient, channel),
    CONSTRAINT ck_notification_consent_channel CHECK (channel IN ('EMAIL', 'SMS'))
);

-- The key that signs unsubscribe links, made once by the first node that needs it and shared by all.
CREATE TABLE notification_key (
    name            VARCHAR(40)              NOT NULL PRIMARY KEY,
    secret          VARCHAR(200)             NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The templates the application itself sends; staff edit their text in the back office.
INSERT INTO notification_template (id, code, channel, locale, purpose, subject, body, updated_at, version) VALUES
(1, 'customer.password-reset', 'EMAIL', 'zh_CN', 'TRANSACTIONAL', '重置您的 Emporium 密码',
 '您好：

我们收到了重置您账户密码的请求。请在 {{minutes}} 分钟内打开下面的链接设置新密码：

{{link}}

如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。

Emporium', CURRENT_TIMESTAMP, 0),
(2, 'customer.password-reset', 'EMAIL', 'en', 'TRANSACTIONAL', 'Reset your Emporium password',
 'Hello,

We received a request to reset the password of your account. Open this link within {{minutes}} minutes to choose a new one:

{{link}}

If you did not ask for this, ignore this mail; your password stays as it is.

Emporium', CURRENT_TIMESTAMP, 0),
(3, 'customer.password-reset', 'SMS', 'zh_CN', 'TRANSACTIONAL', NULL,
 '【Emporium】您的密码重置验证码为 {{code}}，{{minutes}} 分钟内有效。如非本人操作请忽略。', CURRENT_TIMESTAMP, 0),
(4, 'customer.password-reset', 'SMS', 'en', 'TRANSACTIONAL', NULL,
 '[Emporium] Your password reset code is {{code}}, valid for {{minutes}} minutes. Ignore this if it was not you.', CURRENT_TIMESTAMP, 0),
(5, 'customer.verification-code', 'SMS', 'zh_CN', 'TRANSACTIONAL', NULL,
 '【Emporium】您的验证码为 {{code}}，{{minutes}} 分钟内有效，请勿泄露给他人。', CURRENT_TIMESTAMP, 0),
(6, 'customer.verification-code', 'SMS', 'en', 'TRANSACTIONAL', NULL,
 '[Emporium] Your verification code is {{code}}, valid for {{minutes}} minutes. Do not share it.', CURRENT_TIMESTAMP, 0),
(7, 'order.shipped', 'EMAIL', 'zh_CN', 'TRANSACTIONAL', '您的订单 {{order}} 已发货',
 '您好 {{name}}：

您的订单 {{order}} 已由 {{carrier}} 发出，运单号 {{tracking}}。

Emporium', CURRENT_TIMESTAMP, 0),
(8, 'order.shipped', 'EMAIL', 'en', 'TRANSACTIONAL', 'Your order {{order}} has shipped',
 'Hello {{name}},

Your order {{order}} has left with {{carrier}}, tracking number {{tracking}}.

Emporium', CURRENT_TIMESTAMP, 0),
(9, 'order.shipped', 'SMS', 'zh_CN', 'TRANSACTIONAL', NULL,
 '【Emporium】您的订单 {{order}} 已发货，{{carrier}} 运单号 {{tracking}}。', CURRENT_TIMESTAMP, 0),
(10, 'order.shipped', 'SMS', 'en', 'TRANSACTIONAL', NULL,
 '[Emporium] Your order {{order}} has shipped with {{carrier}}, tracking {{tracking}}.', CURRENT_TIMESTAMP, 0);
