-- Promotion guards and flash sales: who sent a campaign for approval (neither they nor its author may approve it), and uses of
-- a campaign given back when their order is cancelled or closed unpaid (returned_at; a use given back no longer
-- counts against the per-shopper cap).

ALTER TABLE promotion_campaign ADD COLUMN submitted_by VARCHAR(80);
ALTER TABLE promotion_usage ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_promotion_usage_order ON promotion_usage (order_reference);
CREATE INDEX ix_promotion_coupon_order ON promotion_coupon (order_reference);

-- Flash sales (秒杀): a stock of their own in units, sold under the campaign's row lock and never past it, and
-- the units each order bought at the flash price (the per-shopper limit counts these).
ALTER TABLE promotion_campaign ADD COLUMN flash_stock INTEGER;
ALTER TABLE promotion_campaign ADD COLUMN flash_sold INTEGER NOT NULL DEFAULT 0;
ALTER TABLE promotion_campaign ADD CONSTRAINT ck_promotion_campaign_flash CHECK (flash_sold >= 0
    AND (flash_stock IS NULL OR flash_sold <= flash_stock));
ALTER TABLE promotion_usage ADD COLUMN units INTEGER NOT NULL DEFAULT 0;

INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (10, 'flash-sale', '秒杀', 'Flash sale', 'FLASH_SALE', '', 'amount,stock,limit', 'flash', 40);
INSERT INTO promotion_stacking_rule (group_a, group_b, combine) VALUES ('flash', 'shipping', TRUE);
