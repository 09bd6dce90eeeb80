-- Coupons: a campaign marked "coupon" applies only with one of its coupons, which shoppers claim (or staff
-- issue) within the campaign's limits: how many in all, how many per shopper, valid for so many days. A coupon
-- is redeemed by one order, once.

ALTER TABLE promotion_campaign ADD COLUMN coupons_total INTEGER;
ALTER TABLE promotion_campaign ADD COLUMN coupons_issued INTEGER NOT NULL DEFAULT 0;
ALTER TABLE promotion_campaign ADD COLUMN coupons_per_shopper INTEGER;
ALTER TABLE promotion_campaign ADD COLUMN coupon_valid_days INTEGER;
ALTER TABLE promotion_campaign ADD CONSTRAINT ck_promotion_campaign_coupons
    CHECK (coupons_issued >= 0 AND (coupons_total IS NULL OR coupons_issued <= coupons_total));

CREATE SEQUENCE promotion_coupon_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE promotion_coupon (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    code              VARCHAR(20)              NOT NULL,
    campaign_id       BIGINT                   NOT NULL,
    owner             VARCHAR(80)              NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    claimed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_from        TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until       TIMESTAMP WITH TIME ZONE NOT NULL,
    redeemed_at       TIMESTAMP WITH TIME ZONE,
    order_reference   VARCHAR(80),
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_promotion_coupon_code UNIQUE (code),
    CONSTRAINT fk_promotion_coupon_campaign FOREIGN KEY (campaign_id) REFERENCES promotion_campaign (id),
    CONSTRAINT ck_promotion_coupon_status CHECK (status IN ('CLAIMED', 'REDEEMED', 'EXPIRED')),
    CONSTRAINT ck_promotion_coupon_window CHECK (valid_until > valid_from),
    CONSTRAINT ck_promotion_coupon_redeemed CHECK ((status = 'REDEEMED') = (order_reference IS NOT NULL))
);
CREATE INDEX ix_promotion_coupon_owner ON promotion_coupon (owner, status);
CREATE INDEX ix_promotion_coupon_campaign ON promotion_coupon (campaign_id, owner);

INSERT INTO promotion_template (id, code, name_zh, name_en, campaign_type, fixed_terms, open_terms, stacking_group, priority)
VALUES (9, 'coupon-spend', '满减券', 'Spend-and-save coupon', 'SPEND_TIERS', '', 'tiers', 'coupon', 15);
