-- WeChat Pay (API v3) joins Alipay as a gateway a tender can go through.
ALTER TABLE payment_tender DROP CONSTRAINT ck_payment_tender_method;
ALTER TABLE payment_tender ADD CONSTRAINT ck_payment_tender_method
    CHECK (method IN ('BALANCE', 'POINTS', 'GIFT_CARD', 'ALIPAY', 'WECHAT'));
