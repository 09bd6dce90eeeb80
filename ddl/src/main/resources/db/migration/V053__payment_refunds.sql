-- Refunds of paid orders, whole or per line: what was asked (the lines and how much of each), and the steps that
-- gave the money back, one per tender drawn on, last tender paid first. A tender remembers how much of it has been
-- given back (and, for points, how many points), so that nothing is ever given back twice or beyond what it paid.
ALTER TABLE payment_tender ADD COLUMN refunded NUMERIC(19, 2) DEFAULT 0 NOT NULL;
ALTER TABLE payment_tender ADD COLUMN refunded_points BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE payment_tender ADD CONSTRAINT ck_payment_tender_refunded CHECK (refunded >= 0 AND refunded <= amount);

CREATE SEQUENCE payment_refund_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_refund (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    payment_id    BIGINT                   NOT NULL REFERENCES payment (id),
    -- Given by whoever asks (the back office's form, the order's end): asking twice with it refunds once.
    refund_number VARCHAR(64)              NOT NULL,
    order_number  VARCHAR(32)              NOT NULL,
    amount        NUMERIC(19, 2)           NOT NULL,
    reason        VARCHAR(200)             NOT NULL,
    operator      VARCHAR(80)              NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_refund_number UNIQUE (refund_number),
    CONSTRAINT ck_payment_refund_status CHECK (status IN ('SENDING', 'DONE')),
    CONSTRAINT ck_payment_refund_amount CHECK (amount > 0)
);
CREATE INDEX ix_payment_refund_order ON payment_refund (order_number);
CREATE INDEX ix_payment_refund_created ON payment_refund (created_at);

CREATE SEQUENCE payment_refund_line_seq START WITH 1000 INCREMENT BY 50;

-- Which order line (none: the shipping fee and what else the order charged beside its lines) and how much of it.
CREATE TABLE payment_refund_line (
    id            BIGINT         NOT NULL PRIMARY KEY,
    refund_id     BIGINT         NOT NULL REFERENCES payment_refund (id),
    order_line_id BIGINT,
    label         VARCHAR(200)   NOT NULL,
    amount        NUMERIC(19, 2) NOT NULL,
    CONSTRAINT ck_payment_refund_line CHECK (amount > 0)
);
CREATE INDEX ix_payment_refund_line_refund ON payment_refund_line (refund_id);

CREATE SEQUENCE payment_refund_step_seq START WITH 1000 INCREMENT BY 50;

-- One tender's part of a refund. Internal steps are DONE in the refund's own transaction; gateway steps are SENDING
-- with a fixed request number until the gateway confirms, and are booked once then.
CREATE TABLE payment_refund_step (
    id          BIGINT                   NOT NULL PRIMARY KEY,
    refund_id   BIGINT                   NOT NULL REFERENCES payment_refund (id),
    position    INTEGER                  NOT NULL,
    tender_id   BIGINT                   NOT NULL REFERENCES payment_tender (id),
    method      VARCHAR(20)              NOT NULL,
    amount      NUMERIC(19, 2)           NOT NULL,
    points      BIGINT,
    request_no  VARCHAR(64),
    status      VARCHAR(20)              NOT NULL,
    detail      VARCHAR(200),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_refund_step_request UNIQUE (request_no),
    CONSTRAINT ck_payment_refund_step_status CHECK (status IN ('SENDING', 'DONE')),
    CONSTRAINT ck_payment_refund_step_amount CHECK (amount > 0)
);
CREATE INDEX ix_payment_refund_step_refund ON payment_refund_step (refund_id, position);
CREATE INDEX ix_payment_refund_step_status ON payment_refund_step (status);
