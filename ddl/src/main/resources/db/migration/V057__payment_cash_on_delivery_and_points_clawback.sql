-- Cash on delivery: the courier's cash is a tender of its own (method COD), recorded when the order is delivered.
ALTER TABLE payment_tender DROP CONSTRAINT ck_payment_tender_method;
ALTER TABLE payment_tender ADD CONSTRAINT ck_payment_tender_method
    CHECK (method IN ('BALANCE', 'POINTS', 'GIFT_CARD', 'ALIPAY', 'WECHAT', 'UNIONPAY', 'INSTALMENT', 'COD'));

-- Points an order earned, and how many of them its refunds took back (in proportion to the money refunded).
ALTER TABLE payment ADD COLUMN earned_points BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment ADD COLUMN clawed_points BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment ADD CONSTRAINT ck_payment_points
    CHECK (earned_points >= 0 AND clawed_points >= 0 AND clawed_points <= earned_points);

-- Payments paid before: what their order earned, from the lot it made. Orders already refunded in part were
-- refunded under the old rule (points kept), so they have nothing to take back later.
UPDATE payment p SET earned_points = COALESCE((
        SELECT SUM(l.points) FROM payment_points_lot l JOIN payment_account a ON a.id = l.account_id
         WHERE a.owner = p.buyer AND l.source = 'order ' || p.order_number), 0)
 WHERE p.status = 'PAID'
   AND NOT EXISTS (SELECT 1 FROM payment_refund r WHERE r.payment_id = p.id);

-- Points a shopper owes: earned points taken back after they were spent; later earnings pay them off first.
ALTER TABLE payment_account ADD COLUMN points_debt BIGINT NOT NULL DEFAULT 0;
ALTER TABLE payment_account ADD CONSTRAINT ck_payment_account_points_debt CHECK (points_debt >= 0);
