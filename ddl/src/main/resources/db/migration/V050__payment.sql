-- Payment: the shopper's internal accounts (balance and points), gift cards, the payments of orders with
-- their tenders, the notifications gateways sent, and the double-entry ledger every movement is posted to.
-- Balances carry what is held for payments in progress beside them; the CHECKs are the last guard against
-- spending more than there is.

CREATE SEQUENCE payment_account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_account (
    id           BIGINT         NOT NULL PRIMARY KEY,
    -- The buyer as the order context names it: guest:<token> or customer:<id>.
    owner        VARCHAR(80)    NOT NULL,
    currency     CHAR(3)        NOT NULL,
    balance      NUMERIC(19, 2) NOT NULL,
    balance_held NUMERIC(19, 2) NOT NULL,
    points       BIGINT         NOT NULL,
    points_held  BIGINT         NOT NULL,
    version      BIGINT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_account_owner UNIQUE (owner),
    CONSTRAINT ck_payment_account_balance CHECK (balance_held >= 0 AND balance_held <= balance),
    CONSTRAINT ck_payment_account_points CHECK (points_held >= 0 AND points_held <= points)
);

CREATE SEQUENCE payment_points_lot_seq START WITH 1000 INCREMENT BY 50;

-- Points come in lots, each with its own expiry; spending takes from the lot that expires first.
CREATE TABLE payment_points_lot (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    account_id BIGINT                   NOT NULL REFERENCES payment_account (id),
    points     BIGINT                   NOT NULL,
    remaining  BIGINT                   NOT NULL,
    source     VARCHAR(80)              NOT NULL,
    earned_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    version    BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_payment_points_lot CHECK (points > 0 AND remaining >= 0 AND remaining <= points)
);
CREATE INDEX ix_payment_points_lot_account ON payment_points_lot (account_id, expires_at);

CREATE SEQUENCE payment_gift_card_batch_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_gift_card_batch (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    batch_number VARCHAR(32)              NOT NULL,
    currency     CHAR(3)                  NOT NULL,
    face_value   NUMERIC(19, 2)           NOT NULL,
    card_count   INTEGER                  NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by    VARCHAR(80)              NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_gift_card_batch UNIQUE (batch_number),
    CONSTRAINT ck_payment_gift_card_batch CHECK (face_value > 0 AND card_count > 0)
);

CREATE SEQUENCE payment_gift_card_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_gift_card (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    batch_id     BIGINT                   NOT NULL REFERENCES payment_gift_card_batch (id),
    code         VARCHAR(32)              NOT NULL,
    currency     CHAR(3)                  NOT NULL,
    face_value   NUMERIC(19, 2)           NOT NULL,
    balance      NUMERIC(19, 2)           NOT NULL,
    held         NUMERIC(19, 2)           NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    owner        VARCHAR(80),
    activated_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_gift_card_code UNIQUE (code),
    CONSTRAINT ck_payment_gift_card_status CHECK (status IN ('ISSUED', 'ACTIVE', 'VOID')),
    CONSTRAINT ck_payment_gift_card_amounts CHECK (held >= 0 AND held <= balance AND balance <= face_value)
);
CREATE INDEX ix_payment_gift_card_owner ON payment_gift_card (owner);
CREATE INDEX ix_payment_gift_card_batch ON payment_gift_card (batch_id);

CREATE SEQUENCE payment_seq START WITH 1000 INCREMENT BY 50;

-- One payment per order, made of tenders in the order the shopper chose them.
CREATE TABLE payment (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    order_number VARCHAR(32)              NOT NULL,
    buyer        VARCHAR(80)              NOT NULL,
    currency     CHAR(3)                  NOT NULL,
    amount       NUMERIC(19, 2)           NOT NULL,
    status       VARCHAR(20)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_order UNIQUE (order_number),
    CONSTRAINT ck_payment_status CHECK (status IN ('OPEN', 'PAID', 'ENDED')),
    CONSTRAINT ck_payment_amount CHECK (amount > 0)
);
CREATE INDEX ix_payment_buyer ON payment (buyer, created_at);

CREATE SEQUENCE payment_tender_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_tender (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    payment_id        BIGINT                   NOT NULL REFERENCES payment (id),
    position          INTEGER                  NOT NULL,
    method            VARCHAR(20)              NOT NULL,
    amount            NUMERIC(19, 2)           NOT NULL,
    points            BIGINT,
    gift_card_id      BIGINT,
    status            VARCHAR(20)              NOT NULL,
    -- External tenders: the trade number we gave the gateway, the one it gave us, and the refund request.
    out_trade_no      VARCHAR(64),
    gateway_trade_no  VARCHAR(64),
    refund_request_no VARCHAR(64),
    fee               NUMERIC(19, 2),
    -- Points tenders: which lots the points were taken from (lot id:count,...), so a refund puts them back.
    points_taken      VARCHAR(500),
    failure           VARCHAR(200),
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_tender_trade UNIQUE (out_trade_no),
    CONSTRAINT ck_payment_tender_method CHECK (method IN ('BALANCE', 'POINTS', 'GIFT_CARD', 'ALIPAY')),
    CONSTRAINT ck_payment_tender_status CHECK (status IN ('HELD', 'PENDING', 'CAPTURED', 'RELEASED', 'FAILED',
        'REFUNDING', 'REFUNDED')),
    CONSTRAINT ck_payment_tender_amount CHECK (amount > 0)
);
CREATE INDEX ix_payment_tender_payment ON payment_tender (payment_id, position);
CREATE INDEX ix_payment_tender_status ON payment_tender (status);

CREATE SEQUENCE payment_notification_seq START WITH 1000 INCREMENT BY 50;

-- Every notification a gateway sent, verified or not, and what became of it.
CREATE TABLE payment_notification (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    channel      VARCHAR(20)              NOT NULL,
    notify_id    VARCHAR(128),
    out_trade_no VARCHAR(64),
    trade_status VARCHAR(40),
    verified     BOOLEAN                  NOT NULL,
    outcome      VARCHAR(40)              NOT NULL,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX ix_payment_notification_trade ON payment_notification (out_trade_no);

CREATE SEQUENCE payment_journal_entry_seq START WITH 1000 INCREMENT BY 50;

-- The ledger: an entry is written once and never changed; its lines' debits equal its credits.
CREATE TABLE payment_journal_entry (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    voucher_number  VARCHAR(32)              NOT NULL,
    kind            VARCHAR(20)              NOT NULL,
    order_number    VARCHAR(32),
    channel         VARCHAR(20)              NOT NULL,
    currency        CHAR(3)                  NOT NULL,
    fee             NUMERIC(19, 2)           NOT NULL,
    settlement_date DATE                     NOT NULL,
    operator        VARCHAR(80)              NOT NULL,
    memo            VARCHAR(200),
    posted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_journal_voucher UNIQUE (voucher_number)
);
CREATE INDEX ix_payment_journal_order ON payment_journal_entry (order_number);
CREATE INDEX ix_payment_journal_posted ON payment_journal_entry (posted_at);

CREATE SEQUENCE payment_journal_line_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_journal_line (
    id           BIGINT         NOT NULL PRIMARY KEY,
    entry_id     BIGINT         NOT NULL REFERENCES payment_journal_entry (id),
    position     INTEGER        NOT NULL,
    subject      VARCHAR(40)    NOT NULL,
    subject_code VARCHAR(10)    NOT NULL,
    -- Whose sub-account: the account owner, the gift card code, the gateway, the order.
    reference    VARCHAR(80)    NOT NULL,
    debit        NUMERIC(19, 2) NOT NULL,
    credit       NUMERIC(19, 2) NOT NULL,
    CONSTRAINT ck_payment_journal_line CHECK (debit >= 0 AND credit >= 0 AND (debit = 0 OR credit = 0)
        AND debit + credit > 0)
);
CREATE INDEX ix_payment_journal_line_entry ON payment_journal_line (entry_id, position);
CREATE INDEX ix_payment_journal_line_subject ON payment_journal_line (subject, reference);
