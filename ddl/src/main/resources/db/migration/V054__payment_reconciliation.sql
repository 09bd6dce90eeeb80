-- The payment-reconciliation job: for each gateway and day, what its bill file said against what we booked, with
-- counts, and each difference for finance to look into. Running a day again replaces that day's result.
ALTER TABLE payment_tender ADD COLUMN paid_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE payment_reconciliation_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_reconciliation (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    channel         VARCHAR(20)              NOT NULL,
    bill_date       DATE                     NOT NULL,
    -- MATCHED, DIFFERENCES, or NO_BILL (the gateway's bill could not be fetched or read: nothing was compared).
    outcome         VARCHAR(20)              NOT NULL,
    bill_lines      INTEGER                  NOT NULL,
    our_lines       INTEGER                  NOT NULL,
    matched         INTEGER                  NOT NULL,
    missing_ours    INTEGER                  NOT NULL,
    missing_theirs  INTEGER                  NOT NULL,
    amount_mismatch INTEGER                  NOT NULL,
    run_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_reconciliation UNIQUE (channel, bill_date),
    CONSTRAINT ck_payment_reconciliation CHECK (outcome IN ('MATCHED', 'DIFFERENCES', 'NO_BILL'))
);

CREATE SEQUENCE payment_reconciliation_diff_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE payment_reconciliation_diff (
    id                BIGINT         NOT NULL PRIMARY KEY,
    reconciliation_id BIGINT         NOT NULL REFERENCES payment_reconciliation (id),
    -- MISSING_OURS (on the bill, not booked here), MISSING_THEIRS (booked here, not on the bill), AMOUNT_MISMATCH.
    kind              VARCHAR(20)    NOT NULL,
    line_kind         VARCHAR(10)    NOT NULL,
    out_trade_no      VARCHAR(64),
    refund_no         VARCHAR(64),
    gateway_trade_no  VARCHAR(64),
    our_amount        NUMERIC(19, 2),
    their_amount      NUMERIC(19, 2),
    CONSTRAINT ck_payment_reconciliation_diff CHECK (kind IN ('MISSING_OURS', 'MISSING_THEIRS', 'AMOUNT_MISMATCH')
        AND line_kind IN ('PAYMENT', 'REFUND'))
);
CREATE INDEX ix_payment_reconciliation_diff ON payment_reconciliation_diff (reconciliation_id);
