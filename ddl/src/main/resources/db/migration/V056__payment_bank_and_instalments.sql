-- The bank's direct-connect gateway (UnionPay-style signed form post) and credit-card instalments on the
-- acquirer's hosted page join Alipay and WeChat Pay as gateways a tender can go through. An instalment tender
-- keeps its plan for accounting: the number of monthly instalments, the fee's rate and amount, and who bears
-- the fee (the shopper on top of the price, or the shop out of it).
ALTER TABLE payment_tender DROP CONSTRAINT ck_payment_tender_method;
ALTER TABLE payment_tender ADD CONSTRAINT ck_payment_tender_method
    CHECK (method IN ('BALANCE', 'POINTS', 'GIFT_CARD', 'ALIPAY', 'WECHAT', 'UNIONPAY', 'INSTALMENT'));

ALTER TABLE payment_tender ADD COLUMN instalments INTEGER;
ALTER TABLE payment_tender ADD COLUMN instalment_rate NUMERIC(7, 5);
ALTER TABLE payment_tender ADD COLUMN instalment_fee NUMERIC(19, 2);
ALTER TABLE payment_tender ADD COLUMN fee_bearer VARCHAR(10);
ALTER TABLE payment_tender ADD CONSTRAINT ck_payment_tender_instalments
    CHECK ((instalments IS NULL AND instalment_fee IS NULL AND fee_bearer IS NULL)
        OR (method = 'INSTALMENT' AND instalments > 1 AND instalment_fee >= 0 AND fee_bearer IN ('SHOPPER', 'SHOP')));

-- The bank knows a trade by the merchant's order id together with the time it was first sent (txnTime):
-- queries must name both, so the time of a trade's first form is kept here.
CREATE TABLE payment_bank_trade (
    order_id   VARCHAR(64)              NOT NULL PRIMARY KEY,
    channel    VARCHAR(20)              NOT NULL,
    txn_time   CHAR(14)                 NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
